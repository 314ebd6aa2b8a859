// Building a view tree (the JSON the Python views return) safely: createElement and textContent
// only, tags and attributes from an allowlist that must equal connectwisely.widgets.view's
// (tests/unit/widgets/test_view.py compares them).

import { config } from "./config.js";

const SVG_NS = "http://www.w3.org/2000/svg";
const HTML_TAGS = new Set(("a b br button caption code details div em figcaption figure h3 h4 h5 " +
  "li meter ol p pre progress section small span strong summary table tbody td tfoot th thead tr ul blockquote dl dt dd").split(" "));
const SVG_TAGS = new Set("svg g rect line path text tspan title desc circle polyline".split(" "));
const ATTRS = new Set(("class role scope colspan rowspan title hidden tabindex min max low high optimum value type start " +
  "viewBox width height x y x1 y1 x2 y2 d r cx cy points transform text-anchor dominant-baseline " +
  "focusable preserveAspectRatio").split(" "));

function allowedAttribute(name) {
  return ATTRS.has(name) || /^(aria|data)-[a-z0-9-]+$/.test(name);
}

/** The DOM for one view node; an unknown tag becomes a <span>, an unknown attribute is dropped. */
export function build(node, svg = false) {
  if (typeof node === "string" || typeof node === "number") return document.createTextNode(String(node));
  if (!node || typeof node !== "object") return document.createTextNode("");
  const inSvg = svg || node.tag === "svg";
  const allowed = inSvg ? SVG_TAGS.has(node.tag) : HTML_TAGS.has(node.tag);
  const element = allowed
    ? (inSvg ? document.createElementNS(SVG_NS, node.tag) : document.createElement(node.tag))
    : document.createElement("span");
  for (const [name, value] of Object.entries(node.attrs || {})) {
    if (allowedAttribute(name)) element.setAttribute(name, String(value));
  }
  if (node.tag === "a" && node.attrs && node.attrs["data-guide"]) {
    // a guide link is a path inside this site; anything that resolves elsewhere gets no href
    const url = new URL(node.attrs["data-guide"], config ? config.root : location.href);
    if (url.origin === location.origin) element.setAttribute("href", url.href);
  }
  if (node.tag === "a" && node.attrs && node.attrs["data-profile"]) {
    // a person's LinkedIn profile from their export: only ever an https linkedin.com address
    try {
      const url = new URL(node.attrs["data-profile"]);
      if (url.protocol === "https:" && /(^|\.)linkedin\.com$/i.test(url.hostname)) {
        element.setAttribute("href", url.href);
        element.setAttribute("rel", "noopener noreferrer external");
      }
    } catch { /* not a URL: the name stays plain text */ }
  }
  if (node.tag === "button" && !element.getAttribute("type")) element.setAttribute("type", "button");
  for (const child of node.children || []) element.appendChild(build(child, inSvg));
  return element;
}
