// The note drafter writes in six languages. Its "language" select starts at the language the
// reader's browser prefers, when it is one of them and the reader has not picked one already
// (a remembered or server-set choice stays). Only the select's value changes; nothing is sent.

const WRITTEN = ["en", "es", "pt", "de", "fr", "it"];

export function preferredLanguage(languages = navigator.languages || [navigator.language]) {
  for (const tag of languages) {
    const code = String(tag || "").toLowerCase().split("-")[0];
    if (WRITTEN.includes(code)) return code;
  }
  return null;
}

export function bindLanguage(form) {
  const select = form.querySelector('select[name="language"]');
  if (!select || select.dataset.cwLanguage) return;
  select.dataset.cwLanguage = "set";
  const untouched = [...select.options].every((o) => o.selected === o.defaultSelected);
  const code = preferredLanguage();
  if (untouched && code && select.querySelector(`option[value="${code}"]`)) select.value = code;
}
