// The buttons a result view carries (<button data-action="...">, emitted by the Python views;
// the names are listed in CONTRIBUTING.md):
//   copy      data-copy: text for the clipboard
//   download  data-content, data-type, data-filename: a file saved from the page
//   send      data-widget, data-field, data-value, data-also (JSON of more fields): fill another
//             tool's form on this page and submit it
//   resubmit  data-field, data-value: submit this form again with one value changed
//   print     print the page (the print view): every <details> in the result opened first

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    let ok = false;
    try { ok = document.execCommand("copy"); } catch { ok = false; }
    area.remove();
    return ok;
  }
}

function copy(form, button) {
  copyText(button.dataset.copy || "").then((ok) => {
    button.textContent = ok ? "Copied" : "Select the text and copy it";
  });
}

function download(form, button) {
  const blob = new Blob([button.dataset.content || ""], { type: button.dataset.type || "text/plain" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = button.dataset.filename || "download.txt";
  document.body.appendChild(link);
  link.click();
  setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 0);
}

function send(form, button) {
  const target = document.querySelector(`form[data-widget="${CSS.escape(button.dataset.widget || "")}"]`);
  const field = target && target.elements.namedItem(button.dataset.field || "");
  if (!field) return;
  let also = {};
  try { also = JSON.parse(button.dataset.also || "{}"); } catch { also = {}; }
  for (const [name, value] of Object.entries(also)) {
    const other = target.elements.namedItem(name);
    if (other) other.value = String(value); // a radio group checks the matching radio
  }
  field.value = button.dataset.value || "";
  field.dispatchEvent(new Event("input", { bubbles: true }));
  field.focus();
  target.requestSubmit();
}

function resubmit(form, button) {
  // A field the form shows takes the value (the reader sees it); otherwise it rides along.
  const field = form.elements.namedItem(button.dataset.field || "");
  if (field) field.value = button.dataset.value || "";
  else form.cwExtra = { ...(form.cwExtra || {}), [button.dataset.field]: button.dataset.value };
  form.requestSubmit();
}

function print(form) {
  // so paper gets the figures behind each chart too
  for (const details of form.querySelectorAll(".cw-result details")) details.open = true;
  window.print();
}

const ACTIONS = { copy, download, send, resubmit, print };

/** Run the button's data-action; a name this page does not know does nothing. */
export function act(form, button) {
  const name = button.dataset.action;
  if (Object.hasOwn(ACTIONS, name)) ACTIONS[name](form, button);
}
