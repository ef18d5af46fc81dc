// Joint reception (联合接访): a diagram readable at first sight. Cockpit fits the whole model into
// its pane; the 联合接访 model is wide, so its labels came out too small to read. After Cockpit has
// drawn a diagram (process definition and instance pages), a scale below MIN_SCALE is raised to
// it, keeping the model's left edge (its start) in view; the user pans and zooms from there, and a
// viewbox kept in the address (Cockpit's own ?viewbox=) is left as it is.
const MIN_SCALE = 0.75;
const MARGIN = 20;

function readable(viewer) {
  if (/[?&]viewbox=/.test(window.location.hash)) return;
  const canvas = viewer.get('canvas');
  const box = canvas.viewbox();
  if (!(box.scale < MIN_SCALE)) return;
  canvas.viewbox({
    x: box.inner.x - MARGIN,
    y: box.inner.y - MARGIN,
    width: box.outer.width / MIN_SCALE,
    height: box.outer.height / MIN_SCALE
  });
}

export default [
  {
    id: 'jf-readable-definition-diagram',
    pluginPoint: 'cockpit.processDefinition.diagram.plugin',
    render: viewer => readable(viewer)
  },
  {
    id: 'jf-readable-instance-diagram',
    pluginPoint: 'cockpit.processInstance.diagram.plugin',
    render: viewer => readable(viewer)
  }
];
