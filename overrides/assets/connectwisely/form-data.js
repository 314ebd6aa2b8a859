// Reading a form into the JSON the Python side expects: "a.0.b" names become nested lists, a
// checkbox is "on" or "", a file is {name, size, base64}.

const MAX_FILE_BYTES = 60 * 1024 * 1024;

function setPath(target, path, value) {
  const keys = path.split(".");
  let node = target;
  keys.forEach((key, index) => {
    const last = index === keys.length - 1;
    const nextIsIndex = !last && /^\d+$/.test(keys[index + 1]);
    if (last) node[key] = value;
    else {
      if (node[key] === undefined) node[key] = nextIsIndex ? [] : {};
      node = node[key];
    }
  });
}

function toBase64(buffer) {
  const bytes = new Uint8Array(buffer);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function readFile(file, fieldName) {
  if (file.size > MAX_FILE_BYTES) {
    throw Object.assign(new Error(`${file.name} is ${(file.size / 1e6).toFixed(0)} MB; the most this tool reads is ${MAX_FILE_BYTES / 1024 / 1024} MB.`), { field: fieldName });
  }
  return { name: file.name, size: file.size, base64: toBase64(await file.arrayBuffer()) };
}

/** The form's fields (and the values a "resubmit" button added) as one JSON object. */
export async function collect(form) {
  const data = {};
  for (const element of form.elements) {
    if (!element.name || element.disabled) continue;
    let value;
    if (element.type === "checkbox") value = element.checked ? "on" : "";
    else if (element.type === "radio") {
      if (!element.checked) continue;
      value = element.value;
    } else if (element.type === "file") {
      const file = element.files && element.files[0];
      value = file ? await readFile(file, element.name) : null;
    } else if (element.dataset.filled === "true" && element.value === element.dataset.filledValue) {
      value = ""; // read from the file and left unchanged: the file says it again, the reader did not
    } else value = element.value;
    setPath(data, element.name, value);
  }
  for (const [name, value] of Object.entries(form.cwExtra || {})) setPath(data, name, value);
  return data;
}
