// The style sheet of the HTML report: plain, printable, readable in a mail client's preview.
// Status colours match the theory-of-change diagram; band colours come from the scheme.
#include "engine/reporters/html_parts.hpp"

namespace toets {

std::string_view html_page_style() noexcept
{
   return R"css(
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa;
        --met: #1a7f37; --met-bg: #dafbe1; --not-met: #b42318; --not-met-bg: #fee4e2;
        --undetermined: #8a5a00; --undetermined-bg: #fff1c2; --na: #59636e; --na-bg: #eef1f4; }
* { box-sizing: border-box; }
body { margin: 0; padding: 32px 40px 48px; color: var(--ink); background: #fff;
       font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1180px; margin: 0 auto; }
h1 { font-size: 24px; margin: 0 0 4px; line-height: 1.25; }
h1 .version { font-weight: 400; color: var(--muted); font-size: 16px; margin-left: 8px; }
h2 { font-size: 18px; margin: 36px 0 10px; padding-bottom: 6px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 15px; margin: 22px 0 8px; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 12.5px; }
dl.case { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 12px 0 16px; }
dl.case dt { color: var(--muted); }
dl.case dd { margin: 0; }
.outcome { display: flex; flex-wrap: wrap; gap: 8px 20px; align-items: center; padding: 12px 16px;
           border: 1px solid var(--line); border-radius: 8px; background: var(--soft); }
.outcome .overall { font-weight: 700; font-size: 15px; padding: 4px 12px; border-radius: 999px; }
.outcome .overall.good { color: var(--met); background: var(--met-bg); }
.outcome .overall.bad { color: var(--not-met); background: var(--not-met-bg); }
.outcome .group { color: var(--muted); }
.outcome .group b { color: var(--ink); font-weight: 600; margin-right: 4px; }
.chip { display: inline-block; padding: 1px 8px; border-radius: 4px; margin: 1px 2px; font-size: 13px; white-space: nowrap; }
nav { margin: 14px 0 0; font-size: 13px; }
nav a { color: var(--muted); margin-right: 14px; text-decoration: none; border-bottom: 1px dotted var(--muted); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 7px 10px; border-bottom: 1px solid var(--line); }
thead th { white-space: normal; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); border-bottom: 2px solid var(--line); }
tr.level th { background: var(--soft); font-size: 12px; letter-spacing: .08em; color: var(--muted); padding: 5px 10px; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
table.indicators { table-layout: fixed; }
table.indicators th.title { width: 37%; }
table.indicators th.num { width: 10%; }
table.indicators th.band { width: 14%; text-align: center; }
td.band { text-align: center; }
.pill { display: inline-block; min-width: 8.5em; padding: 3px 10px; border-radius: 6px; font-weight: 700; white-space: nowrap;
        background: var(--na-bg); box-shadow: inset 0 0 0 1px rgba(0,0,0,.12); }
.pill.met { color: var(--met); background: var(--met-bg); }
.pill.not_met { color: var(--not-met); background: var(--not-met-bg); }
.pill.undetermined { color: var(--undetermined); background: var(--undetermined-bg); }
.pill.not_assessable { color: var(--na); background: var(--na-bg); font-weight: 600; }
td.label { color: var(--muted); overflow-wrap: anywhere; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12.5px; font-weight: 600; white-space: nowrap; }
.badge.met { color: var(--met); background: var(--met-bg); }
.badge.not_met { color: var(--not-met); background: var(--not-met-bg); }
.badge.undetermined { color: var(--undetermined); background: var(--undetermined-bg); }
.badge.not_assessable { color: var(--na); background: var(--na-bg); }
.id { color: var(--muted); font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; margin-left: 6px; }
.article { color: var(--muted); font-size: 12.5px; }
ul.reasons { margin: 4px 0 0; padding-left: 0; list-style: none; font-size: 13px; }
ul.reasons li { margin: 2px 0; }
ul.reasons li.not_met { color: var(--not-met); }
ul.reasons li.undetermined { color: var(--undetermined); }
ul.reasons li.missing { color: var(--muted); }
details > summary { cursor: pointer; list-style-position: outside; }
details.explain > summary:hover strong { text-decoration: underline; text-decoration-color: var(--line); }
details > summary::marker { color: var(--muted); }
details[open] > summary { margin-bottom: 6px; }
pre.explanation { margin: 6px 0 4px; padding: 10px 12px; background: var(--soft); border: 1px solid var(--line);
                  border-radius: 6px; white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.4; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 10px 0 0; font-size: 13px; color: var(--muted); }
.legend .swatch { display: inline-block; width: 14px; height: 14px; border-radius: 3px; vertical-align: -2px; margin-right: 6px; border: 1px solid rgba(0,0,0,.15); }
.legend .line { display: inline-block; width: 22px; height: 0; border-top: 2px solid; vertical-align: 4px; margin-right: 6px; }
figure.theory { margin: 8px 0 0; padding: 12px; border: 1px solid var(--line); border-radius: 8px; overflow-x: auto; }
figure.theory svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
.status { white-space: nowrap; font-weight: 600; }
.status.achieved, .status.holds { color: var(--met); }
.status.not_achieved, .status.fails { color: var(--not-met); }
.status.unknown { color: var(--undetermined); }
.status.not_measured, .status.unchecked { color: var(--na); font-weight: 400; }
.chain { font-size: 13px; }
.chain .weak { font-weight: 700; text-decoration: underline; text-decoration-thickness: 2px; }
footer { margin-top: 40px; padding-top: 12px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12.5px; }
footer table td { border: 0; padding: 2px 12px 2px 0; }
footer code { font-size: 11.5px; word-break: break-all; }
@media print { body { padding: 0; } nav { display: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
)css";
}

}  // namespace toets
