// A file field's wrapper marked data-dropzone also takes a file dropped on it.

export function bindDropzone(zone) {
  const input = zone.querySelector('input[type="file"]');
  if (!input) return;
  const over = (on) => zone.classList.toggle("cw-dragover", on);
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    over(true);
  });
  zone.addEventListener("dragleave", () => over(false));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    over(false);
    const files = event.dataTransfer && event.dataTransfer.files;
    if (!files || !files.length) return;
    input.files = files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
}
