//! The crisis-line sources page (`dist/crisis-lines.html`): every country, every service, its
//! numbers, sources and verified-on date, and every region's emergency number with the reason it
//! was chosen. Written by `cargo xtask build` from the same files the widget is built from, so a
//! practice can check what its visitors will see. Static HTML (no inline script or style), so it
//! works under the same strict CSP as the widget; `crisis-lines.js` only adds country names.

use crate::crisis::{Contact, CrisisData, Service};
use std::fmt::Write;

/// Text for HTML: `&`, `<`, `>`, `"` and `'` escaped, so data can never become markup.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The whole page. `css` and `js` are the file names to link (beside the page in dist/).
pub fn render(data: &CrisisData, css: &str, js: &str) -> String {
    let mut h = String::new();
    let covered: Vec<_> = data.countries.iter().filter(|c| !c.services.is_empty()).collect();
    let services: usize = covered.iter().map(|c| c.services.len()).sum();
    let newest = data.services().map(|(_, s)| s.verified_on.as_str()).max().unwrap_or("");
    let _ = write!(
        h,
        r#"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Harbor: crisis lines and their sources</title>
<link rel="stylesheet" href="{css}">
<script src="{js}" defer></script>
</head>
<body>
<main>
<h1>Crisis lines in Harbor, and where each one comes from</h1>
<p>This page lists every crisis line Harbor can show: {services} services in {countries} countries,
and the emergency number for {regions} regions. Each service was checked against the source
linked beside it, on the date shown. Latest check: {newest}. Harbor shows only what is on this
page; where a country has no checked line, it shows the emergency number and international
directories instead, and never guesses a number.</p>
"#,
        css = escape(css),
        js = escape(js),
        countries = covered.len(),
        regions = data.emergency.len(),
        newest = escape(newest),
    );
    h.push_str(REPORT);
    h.push_str("<h2>Countries</h2>\n<ul class=\"toc\">\n");
    for c in &covered {
        let _ = writeln!(
            h,
            r##"<li><a href="#cc-{code}"><span data-region="{code}">{code}</span></a></li>"##,
            code = escape(&c.country)
        );
    }
    h.push_str("</ul>\n");
    for c in &covered {
        let code = escape(&c.country);
        let _ = write!(
            h,
            "<section id=\"cc-{code}\" class=\"country\">\n<h2><span data-region=\"{code}\">{code}</span></h2>\n"
        );
        if let Some(e) = data.emergency.get(&c.country) {
            let number = if e.display.is_empty() {
                "withheld: Harbor says “call your local emergency number”".to_string()
            } else {
                e.display.clone()
            };
            let _ = writeln!(
                h,
                "<p class=\"emergency\">Emergency number: <strong>{}</strong></p>",
                escape(&number)
            );
        }
        for s in &c.services {
            service(&mut h, s);
        }
        h.push_str("</section>\n");
    }
    h.push_str(
        "<h2 id=\"emergency\">Emergency numbers</h2>\n<p>Chosen from Google libphonenumber's list; the reason for each choice is beside it.</p>\n<table>\n<thead><tr><th scope=\"col\">Region</th><th scope=\"col\">Shown</th><th scope=\"col\">Why</th></tr></thead>\n<tbody>\n",
    );
    for (region, e) in &data.emergency {
        let _ = writeln!(
            h,
            "<tr><th scope=\"row\"><span data-region=\"{r}\">{r}</span></th><td>{}</td><td>{}</td></tr>",
            if e.display.is_empty() {
                "withheld".to_string()
            } else {
                escape(&e.display)
            },
            escape(&e.basis),
            r = escape(region)
        );
    }
    h.push_str("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
    h
}

const REPORT: &str = r#"<section id="report" class="report">
<h2>Found a wrong number?</h2>
<p>Please tell us. A wrong number is the worst mistake Harbor can make. Include:</p>
<ul>
<li>the country and the service's name, as Harbor showed them;</li>
<li>the number or link shown, and what happened when you used it (no answer, a different
service, a message that it has closed);</li>
<li>what is right, if you know, and where you read it (the provider's own page is best).</li>
</ul>
<p>Send it to the practice whose website you found Harbor on. A practice can set
<code>report-url</code> on its <code>&lt;harbor-widget&gt;</code> (an <code>https://</code> page or
a <code>mailto:</code> address) so that “Report a wrong number” on the crisis screen reaches it
directly; practices pass reports on to Harbor's maintainers, who re-check the entry against its
source before changing it. Nothing is sent automatically: Harbor has no server.</p>
</section>
"#;

fn service(h: &mut String, s: &Service) {
    let _ = writeln!(h, "<article class=\"service\" id=\"{}\">", escape(&s.id));
    let _ = writeln!(h, "<h3>{}</h3>\n<dl>", escape(&s.name));
    let row = |h: &mut String, k: &str, v: &str| {
        let _ = writeln!(h, "<dt>{k}</dt><dd>{v}</dd>");
    };
    row(h, "For", &escape(&s.audience.join(", ")));
    row(
        h,
        "Hours",
        &if s.open_24_7 {
            "24/7".to_string()
        } else {
            escape(&s.hours)
        },
    );
    row(h, "Cost", &escape(&s.cost));
    if !s.languages.is_empty() {
        row(h, "Languages", &escape(&s.languages.join(", ")));
    }
    let contacts: Vec<String> = s.contacts.iter().map(contact).collect();
    row(h, "Contact", &contacts.join("<br>"));
    let sources: Vec<String> = s
        .sources
        .iter()
        .map(|u| format!("<a href=\"{0}\" rel=\"noopener noreferrer\">{0}</a>", escape(u)))
        .collect();
    row(h, "Sources", &sources.join("<br>"));
    if !s.source_date.is_empty() {
        row(h, "Source dated", &escape(&s.source_date));
    }
    row(h, "Checked on", &escape(&s.verified_on));
    if !s.notes.is_empty() {
        row(h, "Reviewer's notes", &escape(&s.notes));
    }
    h.push_str("</dl>\n</article>\n");
}

fn contact(c: &Contact) -> String {
    let what = match c.kind.as_str() {
        "call" if c.backup => "Call (backup number)",
        "call" => "Call",
        "text" => "Text",
        "chat" => "Chat",
        _ => "Website",
    };
    let mut out = format!("{what}: ");
    if c.url.is_empty() {
        out.push_str(&escape(&c.display));
        if c.dial != c.display {
            let _ = write!(out, " (dials {})", escape(&c.dial));
        }
        if !c.keyword.is_empty() {
            let _ = write!(out, ", keyword {}", escape(&c.keyword));
        }
        if !c.menu_option.is_empty() {
            let _ = write!(out, ", then option {}", escape(&c.menu_option));
        }
    } else {
        let _ = write!(
            out,
            "<a href=\"{0}\" rel=\"noopener noreferrer\">{0}</a>",
            escape(&c.url)
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_everything_that_could_become_markup() {
        assert_eq!(
            escape(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn every_service_and_number_is_on_the_page() {
        let data = crate::load(&crate::default_data_dir())
            .unwrap_or_else(|p| panic!("{p:?}"))
            .crisis;
        let page = render(&data, "crisis-lines.css", "crisis-lines.js");
        for (c, s) in data.services() {
            assert!(page.contains(&format!("id=\"{}\"", escape(&s.id))), "{} missing", s.id);
            assert!(
                page.contains(&format!("id=\"cc-{}\"", c.country)),
                "{} missing",
                c.country
            );
            for contact in &s.contacts {
                let shown = if contact.url.is_empty() {
                    &contact.display
                } else {
                    &contact.url
                };
                assert!(page.contains(&escape(shown)), "{}: {shown} missing", s.id);
            }
            for src in &s.sources {
                assert!(page.contains(&escape(src)), "{}: source {src} missing", s.id);
            }
            assert!(page.contains(&s.verified_on));
        }
        for region in data.emergency.keys() {
            assert!(page.contains(&format!("data-region=\"{region}\"")), "{region} missing");
        }
        assert!(page.contains("id=\"report\""));
        assert!(
            !page.contains("<script>") && !page.contains("style="),
            "no inline script or style"
        );
    }
}
