// The live preview: on each "build" event, fetch the state and put the problems and pages in place, without reloading
// the page. Everything from the report folder goes in as text (textContent), never as markup.
"use strict";

let shownPagesBuild = -1;
let shownEditionBuild = -1;

// PDF pages or the HTML edition, as the reader chooses; the choice lives in the address (#html) so a reload keeps it.
function choose(view) {
  const html = view === "html";
  document.getElementById("pages-panel").hidden = html;
  document.getElementById("edition-panel").hidden = !html;
  document.body.dataset.view = html ? "html" : "pages";
  for (const radio of document.querySelectorAll('input[name="view"]')) radio.checked = radio.value === (html ? "html" : "pages");
  history.replaceState(null, "", html ? "#html" : "#");
}

for (const radio of document.querySelectorAll('input[name="view"]'))
  radio.addEventListener("change", () => { if (radio.checked) choose(radio.value); });
choose(location.hash === "#html" ? "html" : "pages");

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

  // The edition of the same build as the pages: the frame alone is reloaded, the preview page never.
  const frame = document.getElementById("edition");
  const panel = document.getElementById("edition-panel");
  panel.classList.toggle("stale", !state.written && state.pagesBuild > 0);
  if (state.html && state.pagesBuild !== shownEditionBuild) {
    frame.src = `/html/?build=${state.pagesBuild}`;
    frame.hidden = false;
    document.getElementById("no-edition").hidden = true;
    panel.dataset.build = String(state.pagesBuild);
    shownEditionBuild = state.pagesBuild;
  }
}

async function refresh() {
  const response = await fetch("/state", { cache: "no-store" });
  if (response.ok) show(await response.json());
}

const events = new EventSource("/events");
events.addEventListener("build", () => { refresh(); });
