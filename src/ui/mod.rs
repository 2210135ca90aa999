//! Small shared building blocks.

use yew::prelude::*;

/// Moves focus to `target` whenever `value` changes (not on first render), so keyboard and
/// screen-reader users land on the new screen's or step's heading.
#[hook]
pub fn use_focus_on_change<T: PartialEq + 'static>(value: T, target: NodeRef) {
    let first = use_mut_ref(|| true);
    use_effect_with(value, move |_| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            if let Some(el) = target.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
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
