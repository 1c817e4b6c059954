// Compiles a Typst document to PDF with Typst 0.14 (the native addon of @myriaddreamin/typst-ts-node-compiler), in one
// process from start to finish, as bench/process-bench.sh times it beside `reportbuilder build`:
//   node bench/typst/compile.mjs bench/typst/lincolnshire-2023.typ out/bench/typst.pdf fonts
// The fonts folder is the repository's (Liberation Sans, the same faces as our PDF); no system fonts are needed.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

const [source, target, fonts] = process.argv.slice(2);
if (!source || !target) {
  console.error('usage: node compile.mjs FILE.typ OUT.pdf [FONTS_DIR]');
  process.exit(2);
}
const compiler = NodeCompiler.create({
  workspace: dirname(resolve(source)),
  fontArgs: fonts ? [{ fontPaths: [resolve(fonts)] }] : [],
});
const result = compiler.compile({ mainFilePath: resolve(source) });
const document = result.result;
if (!document) {
  console.error('typst: the document did not compile');
  const error = result.takeError();
  console.error(error?.shortDiagnostics ? JSON.stringify(error.shortDiagnostics, null, 1) : error);
  process.exit(1);
}
const pdf = compiler.pdf(document);
writeFileSync(target, pdf);
console.log(`${target}: ${pdf.length} bytes`);
