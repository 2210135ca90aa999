use crate::i18n::{use_i18n, Msg};
use crate::nav::{use_shell, Screen};
use crate::ui::ExternalLink;
use yew::prelude::*;

/// The practice's own contact link (only if the host configured one) and "Get help now".
#[function_component]
pub(super) fn NextSteps() -> Html {
    let i18n = use_i18n();
    let shell = use_shell();
    let help = {
        let go = shell.go.clone();
        Callback::from(move |_| go.emit(Screen::Crisis))
    };
    html! {
        <div class="hb-finder-next-steps">
            <h4>{ i18n.t(Msg::FinderNextTitle) }</h4>
            <p>{ i18n.t(Msg::FinderNextLead) }</p>
            <div class="hb-actions">
                if let Some(contact) = &shell.config.contact {
                    <ExternalLink class="hb-button hb-finder-contact" href={contact.url.clone()}
                        text={contact.label.clone().unwrap_or_else(|| i18n.t(Msg::FinderContactDefault))} />
                }
                <button type="button" class="hb-button hb-button-secondary hb-finder-help" onclick={help}>{ i18n.t(Msg::GetHelpNow) }</button>
            </div>
        </div>
    }
}
