/* Harbor block, editor side: no build step, WordPress's own globals only. The block is
 * dynamic (save returns null): the page shows what harbor.php's render callback writes, the
 * same as the [harbor] shortcode. Written by `cargo xtask build`; ATTRIBUTES comes from the
 * same Rust constant as the widget's own list. */
(function (wp) {
  if (!wp || !wp.blocks || !wp.element) return;
  var el = wp.element.createElement;
  var be = wp.blockEditor || wp.editor;
  var TextControl = wp.components.TextControl;
  var ATTRIBUTES = /*@ATTRIBUTES@*/ [];
  var attributes = {};
  ATTRIBUTES.forEach(function (name) { attributes[name] = { type: "string", default: "" }; });
  wp.blocks.registerBlockType("harbor/widget", {
    apiVersion: 2,
    title: "Harbor",
    description: "Crisis lines and calming exercises for visitors (Harbor).",
    category: "widgets",
    icon: "sos",
    attributes: attributes,
    edit: function (props) {
      var controls = ATTRIBUTES.map(function (name) {
        return el(TextControl, {
          key: name,
          label: name,
          value: props.attributes[name] || "",
          onChange: function (v) { var o = {}; o[name] = v; props.setAttributes(o); },
        });
      });
      var blockProps = be.useBlockProps ? be.useBlockProps() : {};
      return el("div", blockProps,
        el(be.InspectorControls, null, el("div", { style: { padding: "0 16px" } }, controls)),
        el("p", null, "Harbor: the widget shows here on the published page. Its settings are in the block sidebar."));
    },
    save: function () { return null; },
  });
})(window.wp);
