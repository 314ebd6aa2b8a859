// What the browser can check at once, before Python: HTML's own constraints (required, pattern),
// a whole number's range, and "at least one of these" (data-needs). The words are
// Python's (forms_html renders each Field's messages beside its constraints); Python still
// checks everything again and stays the authority.

function filled(element) {
  if (typeof RadioNodeList !== "undefined" && element instanceof RadioNodeList) return element.value !== "";
  if (element.type === "file") return Boolean(element.files && element.files.length);
  if (element.type === "checkbox" || element.type === "radio") return element.checked;
  return element.value.trim() !== "";
}

function outOfRange(element) {
  const number = Number(element.value.replace(/[\s,+]/g, ""));
  if (!Number.isFinite(number)) return null;
  const { min, max } = element.dataset;
  if (max !== undefined && number > Number(max)) return element.dataset.errorOver;
  if (min !== undefined && number < Number(min)) return element.dataset.errorUnder;
  return null;
}

/** The one problem with `element`, in Python's words, or null. */
function problemOf(element) {
  const words = element.dataset;
  if (element.validity.valueMissing) return words.errorMissing || null;
  if (element.type === "file") return null; // `accept` guides the picker; Python reads what the file is
  if (element.validity.patternMismatch) return words.errorPattern || null;
  return element.value.trim() ? outOfRange(element) : null;
}

/** Every problem the browser can see: [{element, message}], one per field, in form order. */
export function problems(form) {
  const found = [];
  for (const element of form.elements) {
    if (!element.name || element.disabled || !element.validity) continue;
    const message = problemOf(element);
    if (message) found.push({ element, message });
  }
  const needs = (form.dataset.needs || "").split(" ").filter(Boolean);
  const named = needs.map((name) => form.elements.namedItem(name)).filter((el) => el && !el.disabled);
  if (named.length && !named.some(filled) && form.dataset.needsMessage) {
    found.unshift({ element: named[0] instanceof Element ? named[0] : named[0][0], message: form.dataset.needsMessage });
  }
  return found;
}
