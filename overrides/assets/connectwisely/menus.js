// Material gives each code block an unnamed <nav> for its copy button; with two code blocks on
// a page, screen readers list landmarks they cannot tell apart (axe: landmark-unique).

export function nameCodeMenus() {
  document.querySelectorAll(".md-code__nav").forEach((nav, index) => {
    nav.setAttribute("aria-label", `Code block ${index + 1}`);
  });
}

/** Name the menus Material adds later too (it adds them after the page is shown). */
export function watchCodeMenus() {
  new MutationObserver((records) => {
    const added = records.some((r) => [...r.addedNodes].some((n) => n.nodeType === 1
      && (n.matches(".md-code__nav") || n.querySelector(".md-code__nav"))));
    if (added) nameCodeMenus();
  }).observe(document.documentElement, { childList: true, subtree: true });
}
