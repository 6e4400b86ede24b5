/// The pages' stylesheet: readable on a small laptop screen, visible keyboard focus, and a print style for the
/// handover receipt (navigation and forms hidden).
enum Stylesheet {
    static let css = """
        :root { --ink: #1d2433; --muted: #5b6475; --line: #d5dae3; --accent: #0b5cad; --bad: #a4161a; --ok: #2b7a0b; --warn: #8a5a00; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.45 system-ui, "Segoe UI", "Noto Sans", Arial, sans-serif; color: var(--ink); background: #f6f7f9; }
        a { color: var(--accent); }
        a:focus, button:focus, input:focus, select:focus, textarea:focus { outline: 3px solid #f0b400; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5em; }
        .skip:focus { left: .5em; }
        header.top { background: #fff; border-bottom: 1px solid var(--line); padding: .6em 1em; }
        header .office { font-size: 1.05em; }
        header .who { color: var(--muted); margin-top: .2em; }
        header nav ul { list-style: none; margin: .5em 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: .2em 1em; }
        header nav a[aria-current] { font-weight: bold; text-decoration: none; }
        form.inline { display: inline; margin-left: .5em; }
        main { max-width: 1200px; margin: 0 auto; padding: 1em; }
        main.login { max-width: 28em; margin-top: 3em; background: #fff; border: 1px solid var(--line); border-radius: 6px; }
        h1 { font-size: 1.4em; margin: .3em 0 .6em; }
        h2 { font-size: 1.15em; margin: 1.4em 0 .5em; }
        table { border-collapse: collapse; width: 100%; background: #fff; margin: .5em 0 1em; }
        th, td { border: 1px solid var(--line); padding: .35em .5em; text-align: left; vertical-align: top; }
        th { background: #eef1f5; }
        .overdue, .exceeded { color: var(--bad); font-weight: bold; }
        .problem { border: 2px solid var(--bad); background: #fdeaea; padding: .6em .8em; border-radius: 4px; margin: .5em 0 1em; }
        .notice { border: 2px solid var(--ok); background: #eaf6e4; padding: .6em .8em; border-radius: 4px; margin: .5em 0 1em; }
        .rehearsal { background: #fff4d6; border-bottom: 1px solid #e6c35c; margin: 0; padding: .4em 1em; color: var(--warn); }
        fieldset { border: 1px solid var(--line); background: #fff; margin: 0 0 1em; padding: .6em 1em; }
        legend { font-weight: bold; }
        label { display: block; font-weight: 600; margin-top: .4em; }
        input, select, textarea { font: inherit; padding: .35em; width: 100%; max-width: 36em; border: 1px solid #9aa3b2; border-radius: 3px; }
        input[type=checkbox] { width: auto; }
        label.inline { display: inline; }
        textarea { min-height: 4em; }
        button { font: inherit; padding: .45em 1em; border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: 4px; cursor: pointer; }
        button.secondary { background: #fff; color: var(--accent); }
        button.danger { background: var(--bad); border-color: var(--bad); }
        .secret { font: 1.6em/1.2 ui-monospace, "DejaVu Sans Mono", monospace; letter-spacing: .08em; background: #fff; border: 2px dashed var(--ink); padding: .4em .7em; display: inline-block; white-space: nowrap; }
        td:first-child a { white-space: nowrap; }
        .muted { color: var(--muted); }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; background: #fff; border: 1px solid var(--line); padding: .6em 1em; }
        dl.facts dt { font-weight: 600; }
        dl.facts dd { margin: 0; }
        .receipt { background: #fff; border: 1px solid var(--ink); padding: 1em 1.5em; max-width: 40em; }
        .signatures { display: flex; justify-content: space-between; margin-top: 3em; }
        .signatures > div { width: 45%; text-align: center; }
        .receipt dl.facts { grid-template-columns: 10em 1fr; }
        .signatures .line { border-top: 1px solid var(--ink); margin-top: 4em; }
        @media (max-width: 700px) { th, td { padding: .25em; font-size: .95em; } }
        figure.chart { margin: 1rem 0; overflow-x: auto; }
        figure.chart svg { display: block; height: auto; }
        @media print {
          header.top, .rehearsal, .no-print, form, .skip { display: none !important; }
          body { background: #fff; }
          main { max-width: none; padding: 0; }
          .receipt { border: none; }
        }
        """
}
