// The live preview: on each "build" event, fetch the state and put the problems and pages in place, without reloading
// the page. Everything from the report folder goes in as text (textContent), never as markup.
"use strict";

let shownPagesBuild = -1;

function problemItem(problem) {
  const item = document.createElement("li");
  item.className = problem.severity;
  const where = document.createElement("span");
  where.className = "where";
  where.textContent = `${problem.file}:${problem.line}:${problem.column}`;
  const severity = document.createElement("span");
  severity.className = "severity";
  severity.textContent = problem.severity;
  item.append(where, severity, document.createTextNode(`: ${problem.message} [${problem.code}]`));
  return item;
}

function statusText(state) {
  const counts = `${state.errors} error(s), ${state.warnings} warning(s)`;
  const changed = state.changed ? ` after saving ${state.changed}` : "";
  if (state.written) return `Build ${state.build}${changed}: ${state.pages} page(s) in ${state.elapsedMs} ms; ${counts}.`;
  const kept = state.pagesBuild > 0 ? ` Showing the pages of build ${state.pagesBuild}.` : "";
  return `Build ${state.build}${changed} failed: ${counts}.${kept}`;
}

function show(state) {
  const status = document.getElementById("status");
  status.textContent = statusText(state);
  status.classList.toggle("failed", !state.written);
  document.body.dataset.build = String(state.build);

  const list = document.getElementById("problems");
  list.replaceChildren(...state.problems.map(problemItem));
  document.getElementById("no-problems").hidden = state.problems.length > 0;

  const pages = document.getElementById("pages");
  pages.classList.toggle("stale", !state.written && state.pagesBuild > 0);
  if (state.pagesBuild !== shownPagesBuild) {
    const images = [];
    for (let n = 1; n <= state.pages; n++) {
      const image = document.createElement("img");
      image.src = `/pages/${n}.png?build=${state.pagesBuild}`;
      image.alt = `Page ${n} of ${state.pages}`;
      image.width = 496;
      image.height = 702;
      images.push(image);
    }
    pages.replaceChildren(...images);
    pages.dataset.build = String(state.pagesBuild);
    shownPagesBuild = state.pagesBuild;
  }
}

async function refresh() {
  const response = await fetch("/state", { cache: "no-store" });
  if (response.ok) show(await response.json());
}

const events = new EventSource("/events");
events.addEventListener("build", () => { refresh(); });
