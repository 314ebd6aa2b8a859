// Live character count: <output data-count-for="FIELD"> shows "length / limit" as the reader
// types, the limit taken from the form's "limit" field (200 when it has none).

function updateCount(form, output) {
  const field = form.elements.namedItem(output.dataset.countFor);
  const limitField = form.elements.namedItem("limit");
  const limit = Number(limitField && limitField.value) || 200;
  const length = field ? field.value.length : 0; // UTF-16 code units, as LinkedIn's box counts
  output.textContent = `${length} / ${limit}`;
  output.classList.toggle("cw-over", length > limit);
}

export function bindCounters(form) {
  const outputs = form.querySelectorAll("output[data-count-for]");
  const refresh = () => outputs.forEach((output) => updateCount(form, output));
  refresh();
  form.addEventListener("input", refresh);
  form.addEventListener("change", refresh);
}
