//! Small shared building blocks.

use yew::prelude::*;

/// Moves focus to `target` whenever `value` changes (not on first render), so keyboard and
/// screen-reader users land on the new screen's or step's heading. If the target is hidden
/// under the sticky top bar or below the fold (the visitor scrolled down to press Next), it is
/// scrolled just into view, below the bar, so "Get help now" and the new step are both seen.
#[hook]
pub fn use_focus_on_change<T: PartialEq + 'static>(value: T, target: NodeRef) {
    use_focus_and_reveal(value, target, None);
}

/// Like [`use_focus_on_change`], and also brings `start` (the new screen's first line) to the
/// top of the view, just below the top bar: used when the whole screen changes.
#[hook]
pub fn use_focus_on_screen_change<T: PartialEq + 'static>(value: T, target: NodeRef, start: NodeRef) {
    use_focus_and_reveal(value, target, Some(start));
}

#[hook]
fn use_focus_and_reveal<T: PartialEq + 'static>(value: T, target: NodeRef, start: Option<NodeRef>) {
    let first = use_mut_ref(|| true);
    use_effect_with(value, move |_| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            if let Some(el) = target.cast::<web_sys::HtmlElement>() {
                focus_without_scrolling(&el);
                match start.and_then(|s| s.cast::<web_sys::HtmlElement>()) {
                    Some(start) => reveal(&start, web_sys::ScrollLogicalPosition::Start),
                    None => reveal(&el, web_sys::ScrollLogicalPosition::Nearest),
                }
            }
        }
    });
}

/// Focuses `el` without the browser's own scrolling, which would put it under the sticky bar.
pub fn focus_without_scrolling(el: &web_sys::HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
}

/// Scrolls `el` into view (every scrolling ancestor: the host page, a host's scroll box, the
/// launcher's dialog), leaving room above it for the panel's sticky top bar.
fn reveal(el: &web_sys::HtmlElement, block: web_sys::ScrollLogicalPosition) {
    let bar = el
        .closest(".hb-panel")
        .ok()
        .flatten()
        .and_then(|panel| panel.query_selector(".hb-bar").ok().flatten())
        .map(|bar| bar.get_bounding_client_rect().height())
        .unwrap_or(0.0);
    // Rounded up, plus a little air between the bar and the heading.
    let margin = format!("{}px", bar.ceil() as i32 + 8);
    let _ = el.style().set_property("scroll-margin-block-start", &margin);
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(block);
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

#[derive(Properties, PartialEq)]
pub struct ExternalLinkProps {
    pub href: AttrValue,
    pub text: AttrValue,
    #[prop_or_default]
    pub class: Classes,
}

/// A link that opens in a new tab without giving the new page a handle on the host page
/// (`noopener`) or telling it where the visitor came from (`noreferrer`).
#[function_component]
pub fn ExternalLink(props: &ExternalLinkProps) -> Html {
    html! {
        <a class={props.class.clone()} href={props.href.clone()} target="_blank" rel="noopener noreferrer">
            { props.text.clone() }
        </a>
    }
}

#[derive(Properties, PartialEq)]
pub struct NumberProps {
    pub text: AttrValue,
}

/// A phone number, kept left-to-right inside right-to-left text.
#[function_component]
pub fn Number(props: &NumberProps) -> Html {
    html! { <bdi class="hb-number" dir="ltr">{ props.text.clone() }</bdi> }
}

#[derive(Properties, PartialEq)]
pub struct StepProgressProps {
    /// 1-based.
    pub step: usize,
    pub of: usize,
    /// Already-translated "Step 2 of 5".
    pub label: AttrValue,
}

/// "Step 2 of 5" as text plus a bar, so multi-step flows show where you are.
#[function_component]
pub fn StepProgress(props: &StepProgressProps) -> Html {
    let parts: Html = (1..=props.of)
        .map(|i| {
            let class = if i <= props.step {
                "hb-progress-dot hb-progress-done"
            } else {
                "hb-progress-dot"
            };
            html! { <span {class}></span> }
        })
        .collect();
    html! {
        <div class="hb-progress" part="progress">
            <p class="hb-progress-text">{ props.label.clone() }</p>
            <div class="hb-progress-dots" aria-hidden="true">{ parts }</div>
        </div>
    }
}
