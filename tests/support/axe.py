"""axe-core, the accessibility engine the browser tests inject, from the npm registry (pinned)."""

from __future__ import annotations

from connectwisely.sitebuild.npm import NpmPackage, ensure

AXE = NpmPackage(
    name="axe-core",
    version="4.14.1",
    integrity="sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==",
    files=("axe.min.js",),
    pinned_in="tests/support/axe.py",
)

# axe reads colours as painted: a transition still running (Material fades its tabs in after
# each page load) blends text into its background, so wait for finite animations to end first.
RUN = """async () => {
  const finite = document.getAnimations().filter(
    (a) => a.effect && a.effect.getComputedTiming().endTime !== Infinity);
  await Promise.all(finite.map((a) => a.finished.catch(() => null)));
  const result = await axe.run(document, { resultTypes: ["violations"] });
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ") + " — " + n.failureSummary),
  }));
}"""


def source() -> str:
    return (ensure(AXE) / "axe.min.js").read_text(encoding="utf-8")


def violations(page, axe_source: str) -> list[dict]:
    """axe-core's violations on the page as it is now (evaluated outside the page's CSP)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source + "\n;undefined")
    return page.evaluate(RUN)
