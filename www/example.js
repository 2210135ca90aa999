// Starts examples/yew-app: the wasm-bindgen glue (--target web) fetches example_bg.wasm next to
// itself and runs the app's #[wasm_bindgen(start)] function.
import init from "/example/example.js";
init();
