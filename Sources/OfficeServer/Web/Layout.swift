import AccessWorkflow
import Foundation
import OfficeService

/// The frame of every page: the office, the navigation, who is logged in, the language switch, the content.
enum Layout {
    static func page(_ web: WebRequest, office: Office, title: String, body: HTML) -> HTML {
        let l = web.language
        let roles = web.session.actor.roles.map(\.rawValue).sorted()
        let links: [(String, Phrase, OfficeAction)] = [
            ("/inbox", WebText.inbox, .readInbox), ("/requests", WebText.requests, .listRequests),
            ("/requests/new", WebText.newRequest, .fileRequest), ("/decrees", WebText.decrees, .listDecrees),
            ("/roster", WebText.roster, .readRoster), ("/sla", WebText.sla, .readSLA), ("/reconcile", WebText.reconcile, .reconcileDryRun),
        ]
        // Only what the access policy lets this official open.
        let allowed = links.filter { AccessPolicy.admits(web.session.actor, to: $0.2, in: office.sop) }
        let nav = HTML.join(allowed.map { path, phrase, _ in
            let current = web.path == path
            return "<li><a href=\"\(path)\"\(current ? HTML(markup: " aria-current=\"page\"") : .empty)>\(phrase(l))</a></li>"
        })
        let other: Language = l == .indonesian ? .english : .indonesian
        return document(language: l, title: title, body: """
            <a class="skip" href="#content">\(WebText.skip(l))</a>
            <header class="top">
              <div class="office"><strong>\(WebText.appName(l))</strong> · \(office.sop.office.name)</div>
              <div class="who">\(WebText.loggedInAs(l)) <strong>\(web.session.actor.displayName)</strong> (\(web.session.uid);
                \(roles.isEmpty ? WebText.noRoles(l) : "\(WebText.roles(l)): \(roles.joined(separator: ", "))"))
                <a class="lang" href="?lang=\(other.rawValue)" hreflang="\(other.rawValue)">\(other == .english ? "English" : "Bahasa Indonesia")</a>
                <form class="inline" method="post" action="/logout">\(csrf(web))<button type="submit">\(WebText.logout(l))</button></form>
              </div>
              <nav aria-label="\(l == .indonesian ? "Menu utama" : "Main menu")"><ul>\(nav)</ul></nav>
            </header>
            \(office.clock.rehearsal ? "<p class=\"rehearsal\" role=\"note\">\(WebText.rehearsal(l))</p>" : HTML.empty)
            <main id="content" tabindex="-1">
            <h1>\(title)</h1>
            \(body)
            </main>
            """)
    }

    static func document(language: Language, title: String, body: HTML) -> HTML {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>\(title) — hak-akses</title>
        <link rel="stylesheet" href="/assets/site.css">
        </head>
        <body>
        \(body)
        </body>
        </html>
        """
    }

    /// The hidden field every form of a logged-in page carries.
    static func csrf(_ web: WebRequest) -> HTML {
        "<input type=\"hidden\" name=\"csrf_token\" value=\"\(web.csrfToken)\">"
    }

    /// A refusal or failure in plain words, in an alert box.
    static func problem(_ error: OfficeError, _ language: Language) -> HTML {
        "<div class=\"problem\" role=\"alert\"><strong>\(WebText.refused(language)):</strong> \(multiline(message(error, language)))</div>"
    }

    /// The sentence of an error for the page's language.
    static func message(_ error: OfficeError, _ language: Language) -> String {
        error.text(in: language)
    }

    /// Text whose line breaks become `<br>`; the lines themselves escaped.
    static func multiline(_ text: String) -> HTML {
        HTML.join(text.split(separator: "\n", omittingEmptySubsequences: false).map { "\(String($0))" }, separator: "<br>")
    }

    static func notice(_ text: String) -> HTML { "<div class=\"notice\" role=\"status\">\(text)</div>" }

    /// A date and time in the office's zone: "2025-11-03 10:30".
    static func time(_ date: Date, _ office: Office) -> String {
        let local = date.addingTimeInterval(TimeInterval(office.sop.office.utcOffset.seconds))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? .current
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: local)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }

    /// "1 jam 05 menit" / "1 h 05 min".
    static func duration(_ seconds: Double, _ language: Language) -> String {
        let minutes = Int((seconds / 60).rounded())
        let (h, m, d) = language == .indonesian ? ("jam", "menit", "hari") : ("h", "min", "d")
        if minutes < 60 { return "\(minutes) \(m)" }
        let hours = minutes / 60, rest = minutes % 60
        if hours < 24 { return rest == 0 ? "\(hours) \(h)" : String(format: "%d %@ %02d %@", hours, h, rest, m) }
        return "\(hours / 24) \(d) \(hours % 24) \(h)"
    }
}
