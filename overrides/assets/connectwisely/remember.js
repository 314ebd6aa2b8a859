// Fields marked data-remember (say, the reader's own industry) are kept in this browser's
// localStorage only while the reader ticks "Remember"; "Forget" wipes them. Nothing else is kept.

function storage(key) {
  return {
    read() { try { return JSON.parse(localStorage.getItem(key) || "null"); } catch { return null; } },
    write(value) {
      try { if (value) localStorage.setItem(key, JSON.stringify(value)); else localStorage.removeItem(key); } catch { /* storage off: keep nothing */ }
    },
  };
}

function controls(firstField) {
  const box = document.createElement("div");
  box.className = "cw-field cw-check-field cw-remember";
  const toggle = document.createElement("input");
  toggle.type = "checkbox";
  toggle.id = `${firstField.id}-remember`;
  const label = document.createElement("label");
  label.htmlFor = toggle.id;
  label.textContent = "Remember these on this device";
  const forget = document.createElement("button");
  forget.type = "button";
  forget.className = "md-button cw-forget";
  forget.textContent = "Forget";
  box.append(toggle, label, forget);
  return { box, toggle, forget };
}

export function bindRemember(form) {
  const fields = [...form.querySelectorAll("[data-remember][name]")];
  const store = storage(`connectwisely:${form.dataset.widget}:remembered`);
  if (!fields.length) {
    store.write(null); // nothing here may be remembered (a team can turn it off): drop what an older visit kept
    return;
  }
  const { box, toggle, forget } = controls(fields[0]);
  fields[fields.length - 1].closest(".cw-field").after(box);
  const save = () => {
    if (!toggle.checked) return;
    store.write(Object.fromEntries(fields.map((field) => [field.name, field.value])));
    forget.hidden = false;
  };
  const saved = store.read();
  if (saved && typeof saved === "object") {
    for (const field of fields) if (typeof saved[field.name] === "string") field.value = saved[field.name];
    toggle.checked = true;
  }
  forget.hidden = !toggle.checked;
  toggle.addEventListener("change", () => {
    if (toggle.checked) save();
    else { store.write(null); forget.hidden = true; }
  });
  for (const field of fields) field.addEventListener("change", save);
  forget.addEventListener("click", () => {
    store.write(null);
    toggle.checked = false;
    forget.hidden = true;
    for (const field of fields) field.value = "";
    toggle.focus();
  });
}
