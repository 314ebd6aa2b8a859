// A repeatable group (<fieldset data-group data-max>) gets an "Add another" button that copies
// its last entry, empty, with names ("positions.2.title") and ids renumbered.

function renumberEntry(entry, group, from, to) {
  const name = new RegExp(`^${group}\\.${from}\\.`);
  const id = new RegExp(`-${group}-${from}-`, "g");
  for (const el of entry.querySelectorAll("[name]")) el.name = el.name.replace(name, `${group}.${to}.`);
  for (const attr of ["id", "for", "aria-describedby"]) {
    for (const el of entry.querySelectorAll(`[${attr}]`)) el.setAttribute(attr, el.getAttribute(attr).replace(id, `-${group}-${to}-`));
  }
  for (const el of entry.querySelectorAll("input, textarea, select")) {
    if (el.type === "checkbox" || el.type === "radio") el.checked = false;
    else if (el.tagName === "SELECT") el.selectedIndex = 0;
    else el.value = "";
    el.removeAttribute("aria-invalid");
  }
  for (const line of entry.querySelectorAll(".cw-error")) {
    line.textContent = "";
    line.hidden = true;
  }
  entry.dataset.entry = String(to);
  const legend = entry.querySelector(":scope > legend");
  if (legend) legend.textContent = legend.textContent.replace(/\d+$/, String(to + 1));
}

export function bindGroup(group) {
  const max = Number(group.dataset.max) || Infinity;
  const entries = () => group.querySelectorAll(":scope > .cw-entry");
  const legend = group.querySelector(":scope > legend");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "md-button cw-add-entry";
  button.textContent = `Add another ${(legend ? legend.textContent : "entry").toLowerCase()}`;
  const update = () => { button.disabled = entries().length >= max; };
  button.addEventListener("click", () => {
    const all = entries();
    if (!all.length || all.length >= max) return;
    const last = all[all.length - 1];
    const copy = last.cloneNode(true);
    renumberEntry(copy, group.dataset.group, Number(last.dataset.entry), all.length);
    last.after(copy);
    update();
    const first = copy.querySelector("input, textarea, select");
    if (first) first.focus();
  });
  const error = group.querySelector(":scope > .cw-error");
  group.insertBefore(button, error);
  update();
}
