// Joint reception (联合接访): DOM built from data, never parsed as HTML — one helper for the
// application's pages (/case-file/, /roster/) and the webapps' plugins, which import it by its
// address (/ui/dom.js).

/**
 * An element with attributes (null, undefined and false leave one out, true sets it empty) and
 * children (nodes as they are, anything else as text; null and undefined skipped; arrays flat).
 */
export function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([k, v]) => {
    if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v === true ? '' : v);
  });
  children.flat().forEach(c => {
    if (c === null || c === undefined) return;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  });
  return node;
}
