"""Build-time integration with MkDocs: the plugin, the form renderer, the wheel and the
vendored Pyodide runtime. Never imported in the browser."""
