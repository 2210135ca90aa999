use super::data::{ContactKind, Service};
use super::model;
use crate::config::PracticeLine;
use crate::i18n::{use_i18n, with_region, Arg, I18n, Msg};
use crate::nav::{self, use_shell};
use crate::platform;
use crate::ui::{ExternalLink, Number};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CrisisScreenProps {
    /// The detected or chosen country; `None` asks the visitor.
    pub country: Option<&'static str>,
    pub on_country: Callback<&'static str>,
}

#[function_component]
pub fn CrisisScreen(props: &CrisisScreenProps) -> Html {
    let i18n = use_i18n();
    let shell = use_shell();
    let country = props.country;
    let data = country.and_then(model::country);
    let services = data.map(model::ordered_services).unwrap_or_default();
    let practice = &shell.config.practice_lines;

    html! {
        <>
        { nav::header(&i18n, shell.way_back(), &i18n.t(Msg::CrisisTitle), &shell.heading) }
        <div class="hb-crisis">
            <EmergencyBlock {country} />
            if !practice.is_empty() {
                <h3>{ i18n.t(Msg::CrisisPracticeHeading) }</h3>
                <ul class="hb-services" role="list">
                    { for practice.iter().map(|line| html! { <PracticeCard line={line.clone()} /> }) }
                </ul>
            }
            if let Some(code) = country {
                <h3>{ i18n.format(Msg::CrisisServicesHeading, &[("country", Arg::Str(&platform::country_name(i18n.tag(), code)))]) }</h3>
                if services.is_empty() {
                    // One sentence that leads straight into the directories: no second lead.
                    <Directories lead={Msg::CrisisNoConfirmedLine} />
                } else {
                    <ul class="hb-services" role="list">
                        { for services.iter().map(|s| html! { <ServiceCard service={*s} country={code} /> }) }
                    </ul>
                }
                <CountryPicker {country} on_country={props.on_country.clone()} />
                if !services.is_empty() {
                    <Directories lead={Msg::CrisisDirectoriesLead} />
                }
            } else {
                // Unknown country: choosing it is the way to real numbers, so it comes first.
                <CountryPicker {country} on_country={props.on_country.clone()} />
                <Directories lead={Msg::CrisisDirectoriesUnknown} />
            }
            if let Some(href) = report_href(shell.config.report_url.as_deref()) {
                <p class="hb-report">
                    <ExternalLink {href} text={i18n.t(Msg::CrisisReport)} />
                </p>
            }
        </div>
        </>
    }
}

/// The practice's own address for reports, else Harbor's sources page, which says how.
fn report_href(practice: Option<&str>) -> Option<String> {
    practice
        .map(str::to_string)
        .or_else(|| crate::i18n::asset_url("crisis-lines.html#report"))
}

#[derive(Properties, PartialEq)]
struct EmergencyProps {
    country: Option<&'static str>,
}

#[function_component]
fn EmergencyBlock(props: &EmergencyProps) -> Html {
    let i18n = use_i18n();
    let number = props.country.and_then(model::emergency_number);
    html! {
        <div class="hb-emergency" part="emergency">
            if let Some(number) = number {
                <p class="hb-emergency-text">{ i18n.t(Msg::CrisisEmergencyLead) }</p>
                <p class="hb-emergency-medical">{ i18n.t(Msg::CrisisAlreadyHurt) }</p>
                <a class="hb-button hb-button-emergency" href={model::tel_href(number)}>
                    { i18n.t(Msg::CrisisCall) }{" "}<Number text={number} />
                </a>
            } else {
                <p class="hb-emergency-text">{ i18n.t(Msg::CrisisEmergencyUnknown) }</p>
                <p class="hb-emergency-medical">{ i18n.t(Msg::CrisisAlreadyHurt) }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ServiceProps {
    service: &'static Service,
    /// The country whose lines these are: dates are written the way its people write them.
    country: &'static str,
}

#[function_component]
fn ServiceCard(props: &ServiceProps) -> Html {
    let i18n = use_i18n();
    let s = props.service;
    let lang = s.languages.first().copied().unwrap_or("");
    html! {
        <li class="hb-service" part="service">
            <h4 class="hb-service-name" {lang}>{ s.name }</h4>
            <p class="hb-service-facts">
                { facts(&i18n, s) }
            </p>
            <div class="hb-actions">
                { for s.contacts.iter().map(|c| contact_link(&i18n, c)) }
            </div>
            <p class="hb-verified">
                { i18n.format(Msg::CrisisVerified, &[("date", Arg::Str(&platform::format_date(&with_region(i18n.tag(), props.country), s.verified_on)))]) }
                { " · " }
                if !s.source.is_empty() {
                    <ExternalLink href={s.source} text={i18n.t(Msg::CrisisSource)} />
                }
            </p>
        </li>
    }
}

fn facts(i18n: &I18n, s: &Service) -> String {
    let mut parts = Vec::new();
    if s.open_24_7 {
        parts.push(i18n.t(Msg::CrisisOpen247));
    } else {
        parts.push(i18n.format(Msg::CrisisHours, &[("hours", Arg::Str(s.hours))]));
    }
    if s.cost == "free" {
        parts.push(i18n.t(Msg::CrisisFree));
    }
    for a in s.audience {
        let msg = match *a {
            "young-people" => Some(Msg::CrisisAudienceYoungPeople),
            "lgbtq" => Some(Msg::CrisisAudienceLgbtq),
            "veterans" => Some(Msg::CrisisAudienceVeterans),
            "women" => Some(Msg::CrisisAudienceWomen),
            "men" => Some(Msg::CrisisAudienceMen),
            "older-people" => Some(Msg::CrisisAudienceOlderPeople),
            _ => None,
        };
        parts.extend(msg.map(|m| i18n.t(m)));
    }
    if !s.languages.is_empty() {
        let names: Vec<String> = s
            .languages
            .iter()
            .map(|l| platform::language_name(i18n.tag(), l))
            .collect();
        parts.push(names.join(", "));
    }
    parts.join(" · ")
}

fn contact_link(i18n: &I18n, c: &'static super::data::Contact) -> Html {
    let href = model::href(c);
    match c.kind {
        ContactKind::Call | ContactKind::Text => {
            // The visible text is the accessible name (WCAG 2.5.3): no aria-label override.
            let label = model::contact_label(c);
            let option = (!c.menu_option.is_empty())
                .then(|| i18n.format(Msg::CrisisMenuOption, &[("option", Arg::Str(c.menu_option))]));
            html! {
                <a class="hb-button hb-button-secondary" {href}>
                    { i18n.format(label, &[("keyword", Arg::Str(c.keyword))]) }{" "}<Number text={c.display} />
                    if let Some(o) = option { <span class="hb-menu-option">{ format!("({o})") }</span> }
                </a>
            }
        }
        ContactKind::Chat => {
            html! { <ExternalLink class="hb-button hb-button-secondary" href={c.url} text={i18n.t(Msg::CrisisChat)} /> }
        }
        ContactKind::Web => {
            html! { <ExternalLink class="hb-button hb-button-secondary" href={c.url} text={i18n.t(Msg::CrisisWebsite)} /> }
        }
    }
}

#[derive(Properties, PartialEq)]
struct PracticeProps {
    line: PracticeLine,
}

#[function_component]
fn PracticeCard(props: &PracticeProps) -> Html {
    let i18n = use_i18n();
    let l = &props.line;
    let shown = |n: &str| l.display.clone().unwrap_or_else(|| n.to_string());
    html! {
        <li class="hb-service hb-service-practice" part="service practice-line">
            <h4 class="hb-service-name">{ &l.name }</h4>
            <p class="hb-service-facts">
                { i18n.t(Msg::CrisisAddedByPractice) }
                if let Some(h) = &l.hours { { " · " }{ h } }
            </p>
            <div class="hb-actions">
                if let Some(p) = &l.phone {
                    <a class="hb-button hb-button-secondary" href={model::tel_href(p)}>
                        { i18n.t(Msg::CrisisCall) }{" "}<Number text={shown(p)} />
                    </a>
                }
                if let Some(t) = &l.text {
                    <a class="hb-button hb-button-secondary" href={format!("sms:{t}")}>
                        { i18n.t(Msg::CrisisText) }{" "}<Number text={t.clone()} />
                    </a>
                }
                if let Some(u) = &l.url {
                    <ExternalLink class="hb-button hb-button-secondary" href={u.clone()} text={i18n.t(Msg::CrisisWebsite)} />
                }
            </div>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct DirectoriesProps {
    /// The one sentence that fits the situation: no line here, more choices, country unknown.
    lead: Msg,
}

#[function_component]
fn Directories(props: &DirectoriesProps) -> Html {
    let i18n = use_i18n();
    html! {
        <div class="hb-directories">
            <p>{ i18n.t(props.lead) }</p>
            <ul role="list">
                { for model::DIRECTORIES.iter().map(|(name, url)| {
                    let text = name.text(&i18n);
                    html! { <li><ExternalLink href={*url} {text} /></li> }
                }) }
            </ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PickerProps {
    country: Option<&'static str>,
    on_country: Callback<&'static str>,
}

/// A filter box and a native `<select>`: the select is keyboard- and screen-reader-native
/// (and type-ahead), the filter narrows a list of ~240 names.
#[function_component]
fn CountryPicker(props: &PickerProps) -> Html {
    let i18n = use_i18n();
    let filter = use_state(String::new);
    let mut names: Vec<(String, &'static str)> = model::regions()
        .map(|r| (platform::country_name(i18n.tag(), r), r))
        .collect();
    names.sort();
    let needle = platform::lowercase(&filter);
    let shown: Vec<&(String, &'static str)> = names
        .iter()
        .filter(|(n, r)| {
            needle.is_empty()
                || platform::lowercase(n).contains(&needle)
                || r.eq_ignore_ascii_case(&needle)
                || Some(*r) == props.country
        })
        .collect();
    let on_input = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            filter.set(input.value());
        })
    };
    // The select must always name the country whose lines are on screen. Options come and go
    // with the filter, and once a visitor has picked, browsers stop applying `selected`
    // attributes, so set the value itself after every render.
    let select = use_node_ref();
    {
        let select = select.clone();
        let value = props.country.unwrap_or("");
        use_effect(move || {
            if let Some(s) = select.cast::<web_sys::HtmlSelectElement>() {
                if s.value() != value {
                    s.set_value(value);
                }
            }
        });
    }
    let on_change = {
        let cb = props.on_country.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(r) = model::regions().find(|r| *r == select.value()) {
                cb.emit(r);
            }
        })
    };
    html! {
        <div class="hb-country" part="country-picker">
            <h3>{ if props.country.is_some() { i18n.t(Msg::CrisisChangeCountry) } else { i18n.t(Msg::CrisisChooseCountry) } }</h3>
            <label class="hb-label" for="hb-country-filter">{ i18n.t(Msg::CrisisFilterLabel) }</label>
            <input id="hb-country-filter" class="hb-input" type="search" autocomplete="off" value={(*filter).clone()} oninput={on_input} />
            <label class="hb-label" for="hb-country-select">{ i18n.t(Msg::CrisisCountryLabel) }</label>
            <select id="hb-country-select" class="hb-input" onchange={on_change} ref={select}>
                if props.country.is_none() {
                    <option value="" selected=true disabled=true>{ i18n.t(Msg::CrisisChooseCountry) }</option>
                }
                { for shown.iter().map(|(name, code)| html! {
                    <option value={*code} selected={Some(*code) == props.country}>{ name }</option>
                }) }
            </select>
        </div>
    }
}
