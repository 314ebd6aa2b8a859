// The page script's entry (loaded as a module by mkdocs.yml; its modules sit beside it, no
// bundler). Binds every <form data-widget> to the tools' Python, which runs in one module worker
// per tab. The page contract (data-state, data-verdict/score/total, data-draft), the modules,
// the worker protocol and the data-action names are in CONTRIBUTING.md.

import { bindForm } from "./form.js";
import { nameCodeMenus, watchCodeMenus } from "./menus.js";
import { keepThisPage } from "./offline.js";
import { runtime } from "./runtime.js";
import { followRuntime } from "./state.js";

followRuntime(runtime);
keepThisPage();
watchCodeMenus();

function bindAll() {
  nameCodeMenus();
  for (const form of document.querySelectorAll("form[data-widget]")) bindForm(form);
}

// Material's instant navigation swaps the page without reloading scripts: document$ says when.
if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(bindAll);
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", bindAll);
else bindAll();
