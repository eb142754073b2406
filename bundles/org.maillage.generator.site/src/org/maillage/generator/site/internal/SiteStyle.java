package org.maillage.generator.site.internal;

import org.maillage.generator.HtmlPage;
import org.maillage.generator.finance.internal.FinanceHtml;
import org.maillage.generator.raci.RaciHtml;

/**
 * The style of every page, written inline (the pages need no other file): the shared generated
 * pages' rules, the RACI matrix's and the financing tables', then the site's own — skip link,
 * banner and navigation, a focus ring every focusable element shows, tables, and print rules
 * (no navigation, tables unscrolled, link targets not needed). Colours keep text at a contrast of
 * at least 4.5:1 on its background.
 */
final class SiteStyle {

    private static final String SITE = """
            body{margin:0;line-height:1.45;}
            a{color:#0d47a1;} a:visited{color:#4a148c;}
            a:focus-visible,[tabindex]:focus-visible,summary:focus-visible{outline:3px solid #e65100;outline-offset:2px;}
            .skip{position:absolute;left:-999rem;top:0;background:#ffffff;padding:.5rem 1rem;z-index:10;}
            .skip:focus{left:1rem;}
            header.banner{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:1rem;
              padding:.6rem 1.5rem;background:#263238;color:#ffffff;}
            header.banner a{color:#ffffff;}
            header.banner p{margin:0;}
            .site-name{font-weight:700;}
            nav.site{padding:.4rem 1.5rem;background:#eceff1;border-bottom:1px solid #b0bec5;}
            nav.site ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;}
            nav.site a[aria-current]{font-weight:700;color:#212121;}
            main{padding:1rem 1.5rem 2rem;max-width:90rem;}
            main:focus{outline:none;}
            footer{padding:1rem 1.5rem;border-top:1px solid #b0bec5;color:#424242;font-size:.85rem;}
            table{margin:.5rem 0 1rem;}
            caption{text-align:left;font-weight:700;padding:.3rem 0;}
            thead th{background:#f5f5f5;vertical-align:bottom;}
            td.num,th.num{text-align:right;white-space:nowrap;} td.date{white-space:nowrap;}
            dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.5rem 0;}
            dl.facts dt{font-weight:700;} dl.facts dd{margin:0;}
            section.item{border-top:1px solid #cfd8dc;padding-top:.5rem;margin-top:1rem;}
            ul.findings{padding-left:1.2rem;} ul.findings li{margin:.2rem 0;}
            .sev{font-weight:700;} .sev-error{color:#b71c1c;} .sev-warning{color:#8a4b00;} .sev-info{color:#0d47a1;}
            .figures{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;padding:0;}
            .figures li{border:1px solid #b0bec5;border-radius:4px;padding:.5rem 1rem;min-width:9rem;}
            .figures strong{display:block;font-size:1.4rem;}
            ul.columns{columns:18rem;padding-left:1.2rem;}
            ul.pages{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;}
            ul.pages a[aria-current]{font-weight:700;color:#212121;}
            figure{margin:1rem 0;} figure img{max-width:100%;height:auto;border:1px solid #cfd8dc;}
            figcaption{font-weight:700;margin-bottom:.3rem;}
            details{margin:.3rem 0 1rem;} summary{cursor:pointer;color:#0d47a1;}
            .muted{color:#424242;}
            @media print{
              .skip,nav.site,header.banner .lang,footer{display:none;}
              header.banner{background:none;color:#000000;padding:0;} header.banner a{color:#000000;}
              .scroll{max-height:none;overflow:visible;border:0;}
              table.raci thead th,table.raci tbody th,table.finance thead th,table.finance tbody th{position:static;}
              a{color:#000000;text-decoration:none;}
              section.item,figure,tr{break-inside:avoid;}
              main{padding:0;max-width:none;}
            }
            """;

    private static final String ALL = HtmlPage.BASE_CSS + RaciHtml.css() + FinanceHtml.CSS + SITE;

    private SiteStyle() {
    }

    static String css() {
        return ALL;
    }
}
