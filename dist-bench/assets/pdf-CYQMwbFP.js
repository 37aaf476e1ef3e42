import { n as e } from './rolldown-runtime-XKyaHtl9.js';
(function () {
  let e = document.createElement(`link`).relList;
  if (e && e.supports && e.supports(`modulepreload`)) return;
  for (let e of document.querySelectorAll(`link[rel="modulepreload"]`)) n(e);
  new MutationObserver((e) => {
    for (let t of e)
      if (t.type === `childList`)
        for (let e of t.addedNodes) e.tagName === `LINK` && e.rel === `modulepreload` && n(e);
  }).observe(document, { childList: !0, subtree: !0 });
  function t(e) {
    let t = {};
    return (
      e.integrity && (t.integrity = e.integrity),
      e.referrerPolicy && (t.referrerPolicy = e.referrerPolicy),
      (t.credentials =
        e.crossOrigin === `use-credentials`
          ? `include`
          : e.crossOrigin === `anonymous`
            ? `omit`
            : `same-origin`),
      t
    );
  }
  function n(e) {
    if (e.ep) return;
    e.ep = !0;
    let n = t(e);
    fetch(e.href, n);
  }
})();
var t = {
    id: `bew`,
    order: 4,
    items: [
      {
        id: `bew.leefwereld`,
        type: `likert`,
        anchor: !0,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !0,
        sources: [`cop-wijkaanpak.inzichten.1`],
      },
      {
        id: `bew.kracht`,
        type: `likert`,
        weight: 1.5,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !0,
        sources: [
          `cop-wijkaanpak.inzichten.2`,
          `wijkengids-bestuurders.randvoorwaarde-informatie.1`,
          `wijkengids-bestuurders.informatiepositie.1`,
        ],
      },
      {
        id: `bew.wakker-liggen`,
        type: `frequency`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !0,
        sources: [`cop-wijkaanpak.systeemwereld.2`],
      },
      {
        id: `bew.bewoners-sturen`,
        type: `likert`,
        weight: 1,
        roles: [`projectleider`, `trainer`],
        quick: !1,
        sources: [`cop-wijkaanpak.zelfsturing.1`],
      },
      {
        id: `bew.loslaten`,
        type: `likert`,
        weight: 1,
        roles: [`projectleider`, `trainer`],
        quick: !1,
        sources: [`cop-wijkaanpak.zelfsturing.2`],
      },
      {
        id: `bew.initiatief-ruimte`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !1,
        sources: [`netwerkpartner.intro.1`],
      },
      {
        id: `bew.ruimte-zonder-zekerheid`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !0,
        sources: [`netwerkpartner.bouwstenen.3`],
      },
      {
        id: `bew.terugkoppeling`,
        type: `frequency`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`],
        quick: !0,
        sources: [
          `wijkengids-bestuurders.randvoorwaarde-communicatie.1`,
          `wijkengids-bestuurders.informatiepositie.5`,
        ],
      },
      {
        id: `bew.ontmoeting`,
        type: `frequency`,
        weight: 1,
        roles: [`projectleider`, `trainer`],
        quick: !1,
        sources: [`cop-wijkaanpak.zelfsturing.3`],
      },
      {
        id: `bew.informele-plekken`,
        type: `likert`,
        weight: 1,
        roles: [`projectleider`, `trainer`],
        quick: !1,
        sources: [`cop-wijkaanpak.zelfsturing.4`],
      },
      {
        id: `bew.sociale-vaardigheden`,
        type: `frequency`,
        weight: 1,
        roles: [`projectleider`, `trainer`],
        quick: !1,
        sources: [`cop-wijkaanpak.zelfsturing.5`],
      },
      {
        id: `bew.soorten-contact`,
        type: `likert`,
        weight: 1,
        roles: [`projectleider`, `trainer`],
        quick: !1,
        sources: [`cop-wijkaanpak.zelfsturing.6`],
      },
      {
        id: `bew.kleine-dingen`,
        type: `likert`,
        weight: 1,
        roles: [`projectleider`, `trainer`],
        quick: !1,
        sources: [`cop-wijkaanpak.inzichten.9`],
      },
      {
        id: `bew.eenvoudige-methoden`,
        type: `likert`,
        weight: 1,
        roles: [`projectleider`, `trainer`],
        quick: !1,
        sources: [`cop-wijkaanpak.overplanten.3`],
      },
      {
        id: `bew.dilemma-zekerheid`,
        type: `dilemma`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !1,
        sources: [`netwerkpartner.bouwstenen.3`, `netwerkpartner.dilemmas.1`],
        leansLeft: [
          `wijkengids-borgen.aandachtspunten.2`,
          `wijkengids-borgen.borgen.12`,
          `wijkengids-bestuurders.leiderschap.6`,
        ],
        leansRight: [
          `netwerkpartner.bouwstenen.3`,
          `netwerkpartner.intro.1`,
          `cop-wijkaanpak.zelfsturing.2`,
          `cop-wijkaanpak.inzichten.7`,
        ],
      },
      {
        id: `bew.open-kwaliteit`,
        type: `open`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !1,
        sources: [`netwerkpartner.dilemmas.1`],
      },
      {
        id: `bew.open-wie-beoordeelt`,
        type: `open`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !1,
        sources: [`netwerkpartner.dilemmas.2`],
      },
    ],
  },
  n = {
    id: `cof`,
    order: 6,
    items: [
      {
        id: `cof.partnerschap`,
        type: `likert`,
        anchor: !0,
        weight: 1,
        roles: [`bestuurder`, `projectleider`],
        quick: !0,
        sources: [`cop-wijkaanpak.inzichten.4`],
      },
      {
        id: `cof.verdienmodel`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`],
        quick: !0,
        sources: [`wijkengids-bestuurders.beleid-visie-programma.3`],
      },
      {
        id: `cof.gelijkwaardig`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`],
        quick: !1,
        sources: [`cop-wijkaanpak.corporaties.2`],
      },
      {
        id: `cof.levende-afspraken`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`],
        quick: !1,
        sources: [`cop-wijkaanpak.corporaties.3`],
      },
      {
        id: `cof.aanspreekpunt`,
        type: `instrument`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`],
        quick: !1,
        sources: [`cop-wijkaanpak.corporaties.4`],
      },
      {
        id: `cof.kennis-corporaties`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`],
        quick: !1,
        sources: [`cop-wijkaanpak.corporaties.5`],
      },
      {
        id: `cof.gedeelde-belangen`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`],
        quick: !1,
        sources: [`cop-wijkaanpak.corporaties.6`],
      },
      {
        id: `cof.samen-bewoners`,
        type: `frequency`,
        weight: 1,
        roles: [`projectleider`, `trainer`],
        quick: !1,
        sources: [`cop-wijkaanpak.corporaties.7`],
      },
      {
        id: `cof.stad-regio`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`],
        quick: !1,
        sources: [`cop-wijkaanpak.corporaties.9`],
      },
      {
        id: `cof.open-over-sloop`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !1,
        sources: [`cop-wijkaanpak.corporaties.1`],
      },
      {
        id: `cof.dilemma-verdringing`,
        type: `dilemma`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !1,
        sources: [`cop-wijkaanpak.corporaties.1`],
        leansRight: [`cop-wijkaanpak.inzichten.2`, `cop-wijkaanpak.inzichten.1`],
      },
      {
        id: `cof.vastgoed-herzien`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`],
        quick: !1,
        sources: [`cop-wijkaanpak.corporaties.10`],
      },
      {
        id: `cof.ondernemers`,
        type: `likert`,
        weight: 1.5,
        roles: [`bestuurder`, `projectleider`],
        quick: !0,
        sources: [
          `cop-wijkaanpak.inzichten.5`,
          `cop-wijkaanpak.continuiteit.2`,
          `wijkengids-bestuurders.kader-beleid.4`,
          `wijkengids-bestuurders.beleid-visie-programma.9`,
        ],
      },
      {
        id: `cof.mkba`,
        type: `instrument`,
        weight: 1,
        roles: [`bestuurder`],
        quick: !0,
        sources: [`wijkengids-bestuurders.kader-beleid.2`, `wijkengids-bestuurders.beleid-visie-programma.4`],
      },
      {
        id: `cof.buurtbeheerfonds`,
        type: `instrument`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`],
        quick: !1,
        sources: [`cop-wijkaanpak.corporaties.8`],
      },
    ],
  },
  r = {
    id: `inf`,
    order: 7,
    items: [
      {
        id: `inf.kracht`,
        type: `likert`,
        weight: 1.5,
        roles: [`bestuurder`, `projectleider`],
        quick: !0,
        sources: [
          `wijkengids-bestuurders.randvoorwaarde-informatie.1`,
          `wijkengids-bestuurders.informatiepositie.1`,
          `cop-wijkaanpak.inzichten.2`,
        ],
      },
      {
        id: `inf.beleving-feiten`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`],
        quick: !1,
        sources: [
          `wijkengids-bestuurders.randvoorwaarde-informatie.3`,
          `wijkengids-bestuurders.informatiepositie.6`,
        ],
      },
      {
        id: `inf.schaal`,
        type: `likert`,
        weight: 1.5,
        roles: [`bestuurder`, `projectleider`],
        quick: !0,
        sources: [
          `wijkengids-bestuurders.randvoorwaarde-informatie.2`,
          `wijkengids-bestuurders.informatiepositie.2`,
          `cop-wijkaanpak.monitoring.11`,
        ],
      },
      {
        id: `inf.samen-duiden`,
        type: `frequency`,
        weight: 1.5,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !0,
        sources: [`wijkengids-borgen.aandachtspunten.4`, `wijkengids-bestuurders.informatiepositie.4`],
      },
      {
        id: `inf.kantelpunten`,
        type: `likert`,
        weight: 1.5,
        roles: [`bestuurder`, `projectleider`],
        quick: !0,
        sources: [`wijkengids-bestuurders.informatiepositie.3`, `cop-wijkaanpak.monitoring.10`],
      },
      {
        id: `inf.voedingsbodem`,
        type: `likert`,
        weight: 1,
        roles: [`projectleider`],
        quick: !1,
        sources: [`wijkengids-borgen.aandachtspunten.2`],
      },
      {
        id: `inf.nulmeting`,
        type: `instrument`,
        weight: 1,
        roles: [`projectleider`],
        quick: !1,
        sources: [`wijkengids-borgen.aandachtspunten.2`],
      },
      {
        id: `inf.uitstraling`,
        type: `likert`,
        weight: 1,
        roles: [`projectleider`],
        quick: !1,
        sources: [`wijkengids-borgen.aandachtspunten.5`],
      },
    ],
  },
  i = {
    id: `ler`,
    order: 9,
    items: [
      {
        id: `ler.anker`,
        type: `likert`,
        anchor: !0,
        weight: 1,
        roles: [`projectleider`, `trainer`],
        quick: !0,
        sources: [`cop-wijkaanpak.inzichten.8`],
      },
      {
        id: `ler.leren-van-anderen`,
        type: `likert`,
        weight: 1.5,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !0,
        sources: [`zaanstad.tips.4`, `cop-wijkaanpak.overplanten.1`],
      },
      {
        id: `ler.bewijs`,
        type: `likert`,
        weight: 1.5,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !0,
        sources: [
          `zaanstad.tips.6`,
          `wijkengids-borgen.borgen.12`,
          `wijkengids-bestuurders.leiderschap.6`,
          `cop-wijkaanpak.overplanten.7`,
        ],
      },
      {
        id: `ler.lange-adem`,
        type: `likert`,
        weight: 1.5,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !0,
        sources: [`zaanstad.tips.5`, `cop-wijkaanpak.continuiteit.5`, `cop-wijkaanpak.overplanten.9`],
      },
      {
        id: `ler.pact`,
        type: `instrument`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`],
        quick: !1,
        sources: [`zaanstad.tips.5`],
      },
      {
        id: `ler.praktijkleren`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !1,
        sources: [`netwerkpartner.bouwstenen.4`],
      },
      {
        id: `ler.werk-in-uitvoering`,
        type: `likert`,
        weight: 1,
        roles: [`projectleider`, `trainer`],
        quick: !1,
        sources: [`netwerkpartner.intro.2`],
      },
      {
        id: `ler.mensen`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !1,
        sources: [`cop-wijkaanpak.overplanten.6`],
      },
      {
        id: `ler.olievlek`,
        type: `likert`,
        weight: 1,
        roles: [`projectleider`],
        quick: !1,
        sources: [`cop-wijkaanpak.overplanten.4`],
      },
      {
        id: `ler.druppel`,
        type: `likert`,
        weight: 1,
        roles: [`projectleider`],
        quick: !1,
        sources: [`cop-wijkaanpak.overplanten.5`],
      },
      {
        id: `ler.kennisinstituten`,
        type: `instrument`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`],
        quick: !1,
        sources: [`wijkengids-borgen.borgen.10`],
      },
      {
        id: `ler.dilemma-tijdelijk`,
        type: `dilemma`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !1,
        sources: [`cop-wijkaanpak.overplanten.5`, `cop-wijkaanpak.overplanten.9`],
        leansLeft: [`cop-wijkaanpak.overplanten.5`],
        leansRight: [
          `cop-wijkaanpak.overplanten.9`,
          `zaanstad.tips.5`,
          `cop-wijkaanpak.continuiteit.5`,
          `wijkengids-bestuurders.leiderschap.5`,
        ],
      },
      {
        id: `ler.open-cyclus`,
        type: `open`,
        weight: 1,
        roles: [`projectleider`, `trainer`],
        quick: !1,
        sources: [`netwerkpartner.dilemmas.4`],
      },
      {
        id: `ler.open-mensen`,
        type: `open`,
        weight: 1,
        roles: [`projectleider`, `trainer`],
        quick: !1,
        sources: [`cop-wijkaanpak.overplanten.10`, `cop-wijkaanpak.overplanten.6`],
      },
    ],
  },
  a = {
    id: `mon`,
    order: 8,
    items: [
      {
        id: `mon.anker`,
        type: `likert`,
        anchor: !0,
        weight: 1,
        roles: [`bestuurder`, `projectleider`],
        quick: !0,
        sources: [`cop-wijkaanpak.inzichten.10`],
      },
      {
        id: `mon.doelen`,
        type: `likert`,
        weight: 1,
        roles: [`projectleider`],
        quick: !1,
        sources: [`cop-wijkaanpak.monitoring.1`],
      },
      {
        id: `mon.eerlijk`,
        type: `likert`,
        weight: 1.5,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !0,
        sources: [`wijkengids-bestuurders.leiderschap.9`, `cop-wijkaanpak.monitoring.2`],
      },
      {
        id: `mon.opbrengst-tonen`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`],
        quick: !0,
        sources: [`wijkengids-borgen.borgen.11`],
      },
      {
        id: `mon.dialoog`,
        type: `frequency`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !0,
        sources: [`cop-wijkaanpak.monitoring.7`, `cop-wijkaanpak.inzichten.10`],
      },
      {
        id: `mon.eigen-stem`,
        type: `frequency`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`],
        quick: !1,
        sources: [`cop-wijkaanpak.monitoring.7`],
      },
      {
        id: `mon.geen-glossy`,
        type: `likert`,
        weight: 1,
        roles: [`projectleider`],
        quick: !1,
        sources: [`cop-wijkaanpak.monitoring.3`],
      },
      {
        id: `mon.zacht-voorop`,
        type: `likert`,
        weight: 1,
        roles: [`projectleider`],
        quick: !1,
        sources: [`cop-wijkaanpak.monitoring.8`],
      },
      {
        id: `mon.beeldtaal`,
        type: `frequency`,
        weight: 1,
        roles: [`projectleider`],
        quick: !1,
        sources: [`cop-wijkaanpak.monitoring.9`],
      },
      {
        id: `mon.tussentijds`,
        type: `frequency`,
        weight: 1,
        roles: [`projectleider`],
        quick: !1,
        sources: [`wijkengids-borgen.aandachtspunten.3`],
      },
      {
        id: `mon.succescriteria`,
        type: `instrument`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`],
        quick: !1,
        sources: [`wijkengids-bestuurders.beleid-visie-programma.6`],
      },
      {
        id: `mon.eenvoudig`,
        type: `likert`,
        weight: 1,
        roles: [`projectleider`],
        quick: !1,
        sources: [`cop-wijkaanpak.monitoring.4`],
      },
      {
        id: `mon.meetsoorten`,
        type: `likert`,
        weight: 1,
        roles: [`projectleider`],
        quick: !1,
        sources: [`cop-wijkaanpak.monitoring.6`],
      },
      {
        id: `mon.indicatoren-afstemmen`,
        type: `instrument`,
        weight: 1,
        roles: [`projectleider`],
        quick: !1,
        sources: [`cop-wijkaanpak.monitoring.5`],
      },
      {
        id: `mon.referentiegebieden`,
        type: `instrument`,
        weight: 1,
        roles: [`projectleider`],
        quick: !1,
        sources: [`cop-wijkaanpak.monitoring.12`],
      },
      {
        id: `mon.dilemma-bewijs`,
        type: `dilemma`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !1,
        sources: [`wijkengids-borgen.borgen.12`, `cop-wijkaanpak.monitoring.8`],
        leansLeft: [
          `wijkengids-borgen.borgen.12`,
          `cop-wijkaanpak.overplanten.7`,
          `wijkengids-bestuurders.leiderschap.6`,
        ],
        leansRight: [
          `cop-wijkaanpak.monitoring.8`,
          `cop-wijkaanpak.inzichten.10`,
          `cop-wijkaanpak.monitoring.7`,
        ],
      },
    ],
  },
  o = {
    id: `net`,
    order: 5,
    items: [
      {
        id: `net.bescheiden`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !0,
        sources: [`zaanstad.tips.1`],
      },
      {
        id: `net.samenspeler`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !0,
        sources: [`zaanstad.tips.3`],
      },
      {
        id: `net.werken-met-wat-er-is`,
        type: `likert`,
        weight: 1.5,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !0,
        sources: [`netwerkpartner.bouwstenen.1`, `cop-wijkaanpak.overplanten.2`],
      },
      {
        id: `net.expertise-partners`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`],
        quick: !1,
        sources: [`zaanstad.tips.2`],
      },
      {
        id: `net.juiste-mensen`,
        type: `frequency`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`],
        quick: !1,
        sources: [`zaanstad.tips.7`],
      },
      {
        id: `net.gedeelde-visie`,
        type: `likert`,
        weight: 1,
        roles: [`projectleider`, `trainer`],
        quick: !1,
        sources: [`cop-wijkaanpak.overplanten.8`],
      },
      {
        id: `net.samenhang`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !1,
        sources: [`cop-wijkaanpak.continuiteit.4`],
      },
      {
        id: `net.rollen-verduren`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !1,
        sources: [`netwerkpartner.dilemmas.5`],
      },
      {
        id: `net.meerdere-rollen`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !1,
        sources: [`netwerkpartner.dilemmas.6`],
      },
      {
        id: `net.dilemma-nieuw-bestaand`,
        type: `dilemma`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !0,
        sources: [`cop-wijkaanpak.dilemmas.4`],
        leansLeft: [`wijkengids-borgen.borgen.9`],
        leansRight: [
          `netwerkpartner.bouwstenen.1`,
          `cop-wijkaanpak.overplanten.2`,
          `cop-wijkaanpak.inzichten.2`,
          `wijkengids-borgen.borgen.3`,
        ],
      },
      {
        id: `net.dilemma-opdrachtgever`,
        type: `dilemma`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !1,
        sources: [`zaanstad.tips.3`],
        leansRight: [`zaanstad.tips.1`, `zaanstad.tips.2`, `zaanstad.tips.3`, `netwerkpartner.bouwstenen.1`],
      },
    ],
  },
  s = {
    id: `org`,
    order: 3,
    items: [
      {
        id: `org.gebiedsgericht-norm`,
        type: `likert`,
        weight: 1.5,
        roles: [`bestuurder`, `trainer`],
        quick: !0,
        sources: [
          `wijkengids-borgen.borgen.5`,
          `cop-wijkaanpak.verankeren.5`,
          `wijkengids-bestuurders.kader-beleid.1`,
        ],
      },
      {
        id: `org.iedereen`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !1,
        sources: [`netwerkpartner.bouwstenen.2`],
      },
      {
        id: `org.integraal-selectief`,
        type: `likert`,
        weight: 1.5,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !0,
        sources: [
          `wijkengids-borgen.borgen.2`,
          `wijkengids-bestuurders.kader-beleid.3`,
          `wijkengids-bestuurders.beleid-visie-programma.8`,
          `cop-wijkaanpak.verankeren.2`,
        ],
      },
      {
        id: `org.hulpstructuren`,
        type: `frequency`,
        weight: 1.5,
        roles: [`bestuurder`, `projectleider`],
        quick: !1,
        sources: [`wijkengids-borgen.borgen.3`, `cop-wijkaanpak.verankeren.3`],
      },
      {
        id: `org.kanteling`,
        type: `likert`,
        weight: 1.5,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !0,
        sources: [
          `wijkengids-borgen.borgen.4`,
          `wijkengids-bestuurders.beleid-visie-programma.7`,
          `cop-wijkaanpak.verankeren.4`,
        ],
      },
      {
        id: `org.snel-handelen`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`],
        quick: !1,
        sources: [`cop-wijkaanpak.systeemwereld.4`],
      },
      {
        id: `org.bureaucratie`,
        type: `likert`,
        weight: 1,
        roles: [`projectleider`, `trainer`],
        quick: !1,
        sources: [`wijkengids-borgen.borgen.7`],
      },
      {
        id: `org.collegas-wijk-in`,
        type: `frequency`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !1,
        sources: [`wijkengids-borgen.borgen.8`],
      },
      {
        id: `org.frontlijn`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`],
        quick: !1,
        sources: [`wijkengids-bestuurders.leiderschap.3`],
      },
      {
        id: `org.verbinden-collegas`,
        type: `frequency`,
        weight: 1,
        roles: [`bestuurder`, `trainer`],
        quick: !1,
        sources: [`wijkengids-bestuurders.leiderschap.7`],
      },
      {
        id: `org.buiten-naar-binnen`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`],
        quick: !1,
        sources: [`wijkengids-bestuurders.leiderschap.8`],
      },
      {
        id: `org.netwerken-taak`,
        type: `likert`,
        weight: 1,
        roles: [`projectleider`, `trainer`],
        quick: !1,
        sources: [`netwerkpartner.bouwstenen.5`],
      },
      {
        id: `org.budgethouder`,
        type: `instrument`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`],
        quick: !1,
        sources: [`wijkengids-bestuurders.beleid-visie-programma.5`],
      },
      {
        id: `org.aparte-organisatie`,
        type: `instrument`,
        weight: 1,
        roles: [`bestuurder`],
        quick: !1,
        sources: [`wijkengids-borgen.borgen.9`],
      },
      {
        id: `org.dilemma-programma`,
        type: `dilemma`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !0,
        sources: [`cop-wijkaanpak.dilemmas.1`],
        leansRight: [
          `wijkengids-borgen.borgen.5`,
          `cop-wijkaanpak.verankeren.5`,
          `netwerkpartner.bouwstenen.2`,
          `wijkengids-bestuurders.kader-beleid.1`,
        ],
      },
      {
        id: `org.dilemma-structuur-cultuur`,
        type: `dilemma`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !0,
        sources: [`cop-wijkaanpak.dilemmas.2`],
        leansLeft: [`wijkengids-borgen.borgen.3`, `cop-wijkaanpak.verankeren.3`],
        leansRight: [
          `wijkengids-borgen.borgen.4`,
          `cop-wijkaanpak.verankeren.4`,
          `wijkengids-bestuurders.beleid-visie-programma.7`,
        ],
      },
      {
        id: `org.dilemma-bureaucratie`,
        type: `dilemma`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !0,
        sources: [`cop-wijkaanpak.dilemmas.3`],
        leansLeft: [`cop-wijkaanpak.systeemwereld.3`, `cop-wijkaanpak.inzichten.7`],
        leansRight: [`wijkengids-borgen.borgen.7`, `wijkengids-borgen.borgen.8`],
      },
      {
        id: `org.dilemma-integraal`,
        type: `dilemma`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !1,
        sources: [`wijkengids-borgen.borgen.2`, `cop-wijkaanpak.verankeren.2`],
        leansLeft: [`wijkengids-borgen.borgen.11`, `wijkengids-bestuurders.leiderschap.10`],
        leansRight: [
          `wijkengids-borgen.borgen.2`,
          `cop-wijkaanpak.verankeren.2`,
          `wijkengids-bestuurders.beleid-visie-programma.8`,
        ],
      },
      {
        id: `org.open-systeemwereld`,
        type: `open`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !1,
        sources: [`cop-wijkaanpak.systeemwereld.1`],
      },
    ],
  },
  c = {
    id: `stu`,
    order: 2,
    items: [
      {
        id: `stu.anker-actie`,
        type: `likert`,
        anchor: !0,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !0,
        sources: [`cop-wijkaanpak.inzichten.7`],
      },
      {
        id: `stu.anker-schaal`,
        type: `likert`,
        anchor: !0,
        weight: 1,
        roles: [`bestuurder`, `projectleider`],
        quick: !1,
        sources: [`cop-wijkaanpak.inzichten.3`],
      },
      {
        id: `stu.focus`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`],
        quick: !0,
        sources: [`wijkengids-bestuurders.beleid-visie-programma.1`],
      },
      {
        id: `stu.doorbraken`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`],
        quick: !1,
        sources: [`wijkengids-bestuurders.leiderschap.1`],
      },
      {
        id: `stu.outcome`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`],
        quick: !0,
        sources: [`wijkengids-bestuurders.leiderschap.4`],
      },
      {
        id: `stu.projecten-stoppen`,
        type: `frequency`,
        weight: 1,
        roles: [`bestuurder`],
        quick: !1,
        sources: [`wijkengids-bestuurders.leiderschap.5`],
      },
      {
        id: `stu.doorpakken`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`],
        quick: !1,
        sources: [`cop-wijkaanpak.systeemwereld.3`],
      },
      {
        id: `stu.verantwoorden-achteraf`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !1,
        sources: [`cop-wijkaanpak.systeemwereld.5`],
      },
      {
        id: `stu.brug`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`],
        quick: !1,
        sources: [`cop-wijkaanpak.continuiteit.3`],
      },
      {
        id: `stu.stad-regio`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`],
        quick: !1,
        sources: [`cop-wijkaanpak.continuiteit.6`],
      },
      {
        id: `stu.dilemma-regie`,
        type: `dilemma`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !0,
        sources: [`cop-wijkaanpak.dilemmas.5`],
        leansLeft: [
          `cop-wijkaanpak.systeemwereld.3`,
          `cop-wijkaanpak.systeemwereld.4`,
          `cop-wijkaanpak.inzichten.7`,
        ],
        leansRight: [
          `wijkengids-bestuurders.beleid-visie-programma.5`,
          `wijkengids-bestuurders.beleid-visie-programma.1`,
        ],
      },
      {
        id: `stu.dilemma-projecten`,
        type: `dilemma`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !0,
        sources: [`cop-wijkaanpak.dilemmas.7`],
        leansLeft: [
          `wijkengids-bestuurders.leiderschap.5`,
          `cop-wijkaanpak.overplanten.9`,
          `cop-wijkaanpak.continuiteit.4`,
        ],
        leansRight: [`cop-wijkaanpak.overplanten.5`, `cop-wijkaanpak.inzichten.8`],
      },
      {
        id: `stu.dilemma-tempo`,
        type: `dilemma`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !1,
        sources: [
          `cop-wijkaanpak.systeemwereld.5`,
          `cop-wijkaanpak.inzichten.7`,
          `zaanstad.tips.1`,
          `zaanstad.tips.6`,
        ],
        leansLeft: [
          `cop-wijkaanpak.systeemwereld.5`,
          `cop-wijkaanpak.inzichten.7`,
          `cop-wijkaanpak.systeemwereld.3`,
        ],
        leansRight: [`zaanstad.tips.1`, `zaanstad.tips.6`],
      },
      {
        id: `stu.dilemma-schaal`,
        type: `dilemma`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !1,
        sources: [
          `cop-wijkaanpak.inzichten.3`,
          `cop-wijkaanpak.continuiteit.6`,
          `cop-wijkaanpak.corporaties.9`,
        ],
        leansLeft: [`cop-wijkaanpak.inzichten.3`],
        leansRight: [`cop-wijkaanpak.continuiteit.6`, `cop-wijkaanpak.corporaties.9`],
      },
    ],
  },
  l = {
    id: `ver`,
    order: 1,
    items: [
      {
        id: `ver.anker`,
        type: `likert`,
        anchor: !0,
        weight: 1,
        roles: [`bestuurder`, `projectleider`],
        quick: !0,
        sources: [`cop-wijkaanpak.inzichten.6`],
      },
      {
        id: `ver.college-raad`,
        type: `likert`,
        weight: 1.5,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !0,
        sources: [
          `wijkengids-borgen.aandachtspunten.1`,
          `wijkengids-borgen.borgen.1`,
          `wijkengids-bestuurders.leiderschap.10`,
          `cop-wijkaanpak.verankeren.1`,
        ],
      },
      {
        id: `ver.ambtelijke-top`,
        type: `likert`,
        weight: 1.5,
        roles: [`bestuurder`],
        quick: !1,
        sources: [`wijkengids-borgen.borgen.1`, `cop-wijkaanpak.verankeren.1`],
      },
      {
        id: `ver.pleitbezorger`,
        type: `frequency`,
        weight: 1,
        roles: [`bestuurder`],
        quick: !1,
        sources: [`wijkengids-bestuurders.leiderschap.10`],
      },
      {
        id: `ver.bestuurlijke-inzet`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`],
        quick: !1,
        sources: [`wijkengids-bestuurders.intro.1`],
      },
      {
        id: `ver.rugdekking`,
        type: `likert`,
        weight: 1,
        roles: [`bestuurder`],
        quick: !1,
        sources: [`wijkengids-bestuurders.leiderschap.2`],
      },
      {
        id: `ver.bondgenoten`,
        type: `frequency`,
        weight: 1.5,
        roles: [`bestuurder`, `projectleider`],
        quick: !0,
        sources: [`wijkengids-borgen.borgen.6`, `cop-wijkaanpak.verankeren.6`],
      },
      {
        id: `ver.sociale-agenda`,
        type: `likert`,
        weight: 1.5,
        roles: [`bestuurder`],
        quick: !1,
        sources: [`wijkengids-bestuurders.beleid-visie-programma.2`, `cop-wijkaanpak.continuiteit.1`],
      },
      {
        id: `ver.dilemma-boegbeeld`,
        type: `dilemma`,
        weight: 1,
        roles: [`bestuurder`, `projectleider`, `trainer`],
        quick: !0,
        sources: [`cop-wijkaanpak.dilemmas.6`],
        leansLeft: [`wijkengids-bestuurders.intro.1`],
        leansRight: [
          `wijkengids-borgen.aandachtspunten.1`,
          `wijkengids-borgen.borgen.1`,
          `cop-wijkaanpak.verankeren.1`,
          `cop-wijkaanpak.inzichten.6`,
          `wijkengids-bestuurders.leiderschap.10`,
        ],
      },
      {
        id: `ver.open-raad`,
        type: `open`,
        weight: 1,
        roles: [`bestuurder`, `trainer`],
        quick: !1,
        sources: [`netwerkpartner.dilemmas.3`],
      },
    ],
  },
  u = {
    title: `Leefwereld en kracht van bewoners`,
    intro: `Een wijkaanpak werkt pas als hij aansluit bij wat bewoners zelf belangrijk vinden. Deze module gaat over de vraag wie het stuur in handen heeft, hoe we ruimte geven aan initiatieven van bewoners en hoe we voortbouwen op wat al goed gaat in de wijk. De Community of Practice Wijkaanpak geeft hier de meeste lessen over, vooral voor professionals in de wijk. De 5 bouwstenen voor de gemeente als netwerkpartner vragen om ruimte voor initiatief, ook als de uitkomst vooraf onzeker is. De Wijkengids wijst erop dat bewoners moeten horen wat er met hun klachten en ideeën gebeurt.`,
    items: JSON.parse(
      `{"bew.leefwereld":{"text":"Wij werken vanuit de leefwereld van bewoners: zij houden het stuur, en wij bouwen voort op hun initiatieven.","why":"De Community of Practice noemt dit het eerste inzicht voor de sturing van de wijkaanpak. Het betekent dat we de taal en logica van beleid, plannen en procedures loslaten. We kijken naar wat er op straat, thuis en op school gebeurt.","gap":"- Kies één lopend project en vraag bewoners welke prioriteit zij zelf zouden stellen.\\n- Laat bewoners zelf deskundigen kiezen en inschakelen, met budget dat zij beheren.\\n- Bespreek in het team welke plannen vooral uit onze eigen systeemlogica komen.","strength":"Bewoners bepalen mee de koers; wij volgen en ondersteunen hun initiatieven."},"bew.kracht":{"text":"Onze aanpak en ons verhaal over de wijk gaan ook over wat goed gaat en waar bewoners trots op zijn.","why":"De Community of Practice waarschuwt voor een aanpak die alleen op problemen rust. De Wijkengids raadt bestuurders aan om niet alleen te vragen wat er misgaat, maar ook wat de wijk sterk maakt. Wie de bestaande netwerken van bewoners ziet, hoeft niet bij nul te beginnen.","gap":"- Vraag in elk wijkgesprek ook: wat gaat hier goed en waar bent u trots op?\\n- Breng de netwerken in kaart die bewoners al hebben, zoals clubs, kerken, moskeeën en buurtgroepen.\\n- Neem successen en sterke punten van de wijk op in elk wijkbeeld en elke raadsinformatiebrief.","strength":"We zien de wijk niet alleen als probleem, maar bouwen op haar kracht en netwerken."},"bew.wakker-liggen":{"text":"We toetsen bij onszelf en bij partners of we werken aan de zaken waar bewoners echt wakker van liggen.","why":"De Community of Practice raadt aan deze vraag steeds opnieuw te stellen. Zo voorkomen we dat overleg, procedures en eigen doelen de boventoon voeren. Het is een eenvoudige toets die ons telkens terugbrengt naar de bewoners.","gap":"- Zet de vraag ‘waar liggen bewoners van wakker?’ als vast punt op de agenda van het wijkoverleg.\\n- Leg nieuwe plannen naast wat bewoners de laatste tijd zelf hebben aangekaart.\\n- Ga met het team regelmatig de wijk in om te luisteren, zonder vaste agenda.","strength":"We stellen onszelf steeds de vraag of we werken aan wat bewoners echt bezighoudt."},"bew.bewoners-sturen":{"text":"Onze professionals gaan ervan uit dat bewoners hun wijk mee besturen, en stellen zich dienend en bemiddelend op.","why":"De Community of Practice vraagt professionals om consequent vanuit deze houding te werken. Bewoners zijn dan geen doelgroep, maar mede-eigenaar van hun wijk en hun leven. De professional helpt, verbindt en bemiddelt.","gap":"- Bespreek met wijkprofessionals hoe hun rol verandert als bewoners meesturen.\\n- Pas opdrachten aan partners aan: vraag om ondersteuning van bewoners in plaats van een vast aanbod.\\n- Deel voorbeelden waarin bewoners de regie hadden en de professional vooral verbond.","strength":"Onze professionals zien bewoners als mede-eigenaar en werken dienend en bemiddelend."},"bew.loslaten":{"text":"Als bewoners zelf iets oppakken, laten we los: we nemen het niet over en leggen geen eigen regels op.","why":"De Community of Practice noemt de neiging om te beheersen een valkuil. Denk aan participatieprotocollen, vaste standaarden of een aanbod dat we zelf bedenken. Eigenzinnige bewoners hebben juist ruimte nodig.","gap":"- Spreek met het team af wanneer we ons bewust terughouden bij een bewonersinitiatief.\\n- Kijk kritisch naar regels en formulieren die we aan initiatieven opleggen; schrap wat niet nodig is.\\n- Vraag initiatiefnemers wat zij van ons nodig hebben, en lever alleen dat.","strength":"We durven los te laten en geven eigenzinnige bewoners de ruimte."},"bew.initiatief-ruimte":{"text":"We maken actief ruimte voor initiatieven van bewoners en ondernemers, en ons beleid daagt hen uit en steunt hen.","why":"De 5 bouwstenen voor de gemeente als netwerkpartner beginnen bij deze gedachte. Ruimte geven vraagt een andere manier van werken en van verantwoorden. Dat is niet altijd makkelijk, maar volgens de bron geen reden om het te laten.","gap":"- Maak een eenvoudige route voor initiatiefnemers: één aanspreekpunt en snel antwoord.\\n- Bekijk welke regels of subsidievoorwaarden initiatieven onnodig afremmen.\\n- Bespreek met de raad hoe we verantwoorden als we ruimte geven aan initiatief.","strength":"Initiatieven van bewoners en ondernemers krijgen bij ons ruimte en steun."},"bew.ruimte-zonder-zekerheid":{"text":"We steunen een initiatief uit de wijk ook als we vooraf niet precies weten wat het gaat opleveren.","why":"De 5 bouwstenen voor de gemeente als netwerkpartner zeggen het zo: we eisen geen zekerheid vooraf. Wie eerst een vaste uitkomst wil, smoort veel goede initiatieven. Dit vraagt wel om een andere manier van volgen en beoordelen.","gap":"- Maak een klein budget vrij voor initiatieven zonder vooraf vastgelegd resultaat.\\n- Spreek met initiatiefnemers af hoe en wanneer we samen terugkijken, in plaats van doelen vooraf.\\n- Bespreek met college en raad hoe we zo’n initiatief achteraf beoordelen.","strength":"We geven initiatieven ruimte, ook als de uitkomst vooraf nog open is."},"bew.terugkoppeling":{"text":"Bewoners horen van ons wat er met hun klacht of idee is gebeurd.","why":"De Wijkengids noemt terugkoppeling een voorwaarde voor goede communicatie met bewoners. Bewoners moeten ook weten wat we van hen verwachten. Klachten mogen niet blijven hangen als ‘we zijn ermee bezig’; samen zeggen ze vaak iets over de wijk.","gap":"- Spreek een vaste termijn af waarbinnen elke bewoner een inhoudelijk antwoord krijgt.\\n- Leg klachten per wijk naast elkaar en zoek naar samenhang.\\n- Vertel bewoners ook wat we van hen vragen: hun rechten en plichten.","strength":"Bewoners krijgen antwoord en weten wat er met hun inbreng is gedaan."},"bew.ontmoeting":{"text":"We gebruiken muziek, theater of samen eten om buurtgenoten op een plezierige manier met elkaar te verbinden.","why":"De Community of Practice ziet zulke activiteiten als een laagdrempelige manier om mensen in de buurt bij elkaar te brengen. Plezier werkt vaak beter dan een formele bijeenkomst. Zo ontstaan contacten die later ook bij problemen helpen.","gap":"- Steun een buurtmaaltijd, een straatconcert of wijktheater dat bewoners zelf organiseren.\\n- Vraag bewoners welke activiteiten mensen in hun buurt echt trekken.\\n- Koppel zulke activiteiten aan een bestaande plek, zoals een school of buurthuis.","strength":"We benutten cultuur en samen eten om de buurt te verbinden."},"bew.informele-plekken":{"text":"Voordat we een nieuwe ontmoetingsplek openen, weten we welke informele plekken er al zijn in de buurt.","why":"De Community of Practice raadt af om nieuwe plekken te maken zonder zicht op wat er al is. Winkels, copyshops, clubs en de openbare ruimte zijn vaak al plekken waar mensen elkaar zien. Een nieuwe plek moet echt iets toevoegen.","gap":"- Loop met bewoners een ronde door de buurt en noteer waar mensen elkaar nu ontmoeten.\\n- Beschrijf bij elk plan voor een nieuwe plek wat die toevoegt aan wat er al is.\\n- Versterk liever een bestaande plek dan dat we er een naast zetten.","strength":"We kennen de informele ontmoetingsplekken en bouwen daarop voort."},"bew.sociale-vaardigheden":{"text":"We investeren met training, coaching of spel in de sociale vaardigheden van bewoners die zich door instanties in de steek gelaten voelen.","why":"Volgens de Community of Practice is dit heel belangrijk voor zelfvertrouwen en zelfredzaamheid. Het gaat om mensen die moeilijk contact leggen en zich vaak slachtoffer voelen van instellingen. Dat kan gericht, met training, of speels, met theater of muziek.","gap":"- Vraag wijkprofessionals welke bewoners moeilijk aansluiting vinden bij anderen of bij instanties.\\n- Zet een kleine pilot op met coaching of wijktheater voor deze groep.\\n- Volg samen met de deelnemers wat het hen oplevert.","strength":"We helpen bewoners die vastlopen bij instanties om sterker in hun contacten te staan."},"bew.soorten-contact":{"text":"We kijken naar alle soorten sociaal contact, van familie tot een groet in het portiek, voordat we iemand eenzaam noemen.","why":"De Community of Practice vraagt om onderscheid tussen soorten sociale verbanden. Sommige mensen hebben een sterk familienetwerk, anderen vooral lichte contacten in de straat. Wie dat niet ziet, plakt snel het etiket ‘eenzaam’ of ‘niet actief’ op bewoners.","gap":"- Bespreek in het team welke vormen van contact we zien en welke we missen.\\n- Neem in gesprekken met bewoners ook vragen op over lichte, dagelijkse contacten.\\n- Wees voorzichtig met labels in rapportages en dossiers.","strength":"We hebben oog voor de vele vormen van sociaal contact in de buurt."},"bew.kleine-dingen":{"text":"We letten bewust op kleine dingen die veel verschil maken, zoals een klein succes, een bijzondere bewoner of een informele plek.","why":"De Community of Practice noemt dit een scherp oog voor wat ertoe doet. Schijnbare details kunnen een wijk vooruit helpen. Een kleine ingreep kan een kettingreactie in gang zetten: de kracht van de druppel.","gap":"- Vraag in elk wijkoverleg: welk klein succes zagen we deze maand?\\n- Houd bij welke bewoners en plekken het verschil maken, en steun hen gericht.\\n- Probeer een kleine ingreep uit en kijk wat die in beweging zet.","strength":"We zien en benutten de kleine dingen die in de wijk het verschil maken."},"bew.eenvoudige-methoden":{"text":"Onze werkwijzen zijn zo eenvoudig dat ook bewoners en vrijwilligers ermee aan de slag kunnen.","why":"De Community of Practice raadt eenvoudige methoden aan die passen bij de wereld van de mensen zelf. Dan kunnen niet alleen professionals ermee werken. Het helpt ook om de taal van de betrokken mensen en organisaties te spreken.","gap":"- Leg een werkwijze voor aan een paar bewoners: begrijpen zij hem en kunnen zij ermee werken?\\n- Schrap vakjargon uit materialen voor de wijk.\\n- Laat bewoners en vrijwilligers meedenken over hoe een methode eenvoudiger kan.","strength":"Onze werkwijzen zijn eenvoudig en in de taal van de wijk."},"bew.dilemma-zekerheid":{"text":"Hoeveel zekerheid vragen wij vooraf van een initiatief uit de wijk?","left":"Zekerheid vooraf eisen","right":"Ruimte geven zonder vaste uitkomst vooraf","why":"De 5 bouwstenen voor de gemeente als netwerkpartner vragen om ruimte zonder zekerheid vooraf. Andere bronnen, zoals de Wijkengids, vragen juist om een nulmeting, aantoonbaar werkzame elementen en scherpe resultaten. Beide kanten hebben waarde; het gaat om een bewuste keuze per situatie.","leftRisk":"Goede, eigenzinnige initiatieven haken af of komen er niet, omdat ze vooraf niet kunnen beloven wat ze opleveren.","rightRisk":"We kunnen later niet laten zien wat het geld en de inzet hebben opgeleverd, en het draagvlak bij de raad neemt af.","extremes":"Bij -3 wordt de gemeente een loket met formulieren en voorwaarden, en verdwijnt de energie uit de wijk. Bij +3 ontbreekt elk gesprek over kwaliteit en resultaat; spreek dan in elk geval af hoe en met wie u achteraf terugkijkt.","gap":"- Maak de gewenste koers expliciet in een kort kader voor initiatieven: wat vragen we vooraf, wat achteraf?\\n- Wilt u meer ruimte: begin met een klein, vrij budget en een gesprek achteraf in plaats van doelen vooraf.\\n- Wilt u meer zekerheid: vraag om een eenvoudige nulmeting en een paar heldere afspraken, zonder het initiatief over te nemen."},"bew.open-kwaliteit":{"text":"Hoe beoordelen wij of een initiatief goed is, als we vooraf niet hebben vastgelegd wat het moet opleveren?","why":"De 5 bouwstenen voor de gemeente als netwerkpartner noemen dit een van de dilemma’s van werken als netwerkpartner. Zonder vooraf bepaalde doelen hebben we andere manieren nodig om kwaliteit te zien en te bespreken.","hint":"Denk aan een recent initiatief. Waaraan zag u dat het goed was, of juist niet? Welke signalen gebruikte u?"},"bew.open-wie-beoordeelt":{"text":"Wie is het best in staat om de kwaliteit van een initiatief te beoordelen: de gemeente, de bewoners, partners of iemand anders?","why":"Ook deze vraag komt uit de 5 bouwstenen voor de gemeente als netwerkpartner. Als de gemeente niet meer alleen de opdrachtgever is, ligt het oordeel over kwaliteit niet vanzelf bij ons.","hint":"Wie zou u bij de beoordeling willen betrekken, en welke rol houdt de gemeente zelf?"}}`,
    ),
  },
  d = {
    title: `Corporaties, ondernemers en financiering`,
    intro: `Woningcorporaties, ondernemers, scholen en verenigingen hebben grote invloed op het leven in de wijk. Zonder hen is het fundament onder de wijkaanpak te smal. Deze module gaat over de relatie met corporaties, over het betrekken van (maatschappelijk) ondernemers en over de manier waarop we de aanpak samen betalen. De Community of Practice Wijkaanpak geeft veel lessen over samenwerken met corporaties. De Wijkengids raadt bestuurders aan te investeren in partnerschap, een verdienmodel en een maatschappelijke kosten-batenanalyse (MKBA).`,
    items: JSON.parse(
      `{"cof.partnerschap":{"text":"We hebben met de corporaties een gelijkwaardig partnerschap voor de lange termijn, waarin beide partijen zich binden.","why":"De Community of Practice noemt een duurzaam partnerschap met de corporaties een van de tien inzichten voor de wijkaanpak. Gelijkwaardig gaat over kennis, inbreng en respect. Verwacht niet dat corporaties de ambities van de gemeente betalen, maar wel dat ze zich voor langere tijd verbinden.","gap":"- Plan een open gesprek met de corporaties over wat beide partijen van de samenwerking verwachten.\\n- Leg gezamenlijke belangen en een termijn van meerdere jaren vast in de prestatieafspraken.\\n- Bevestig het commitment opnieuw als de omstandigheden veranderen.","strength":"Gemeente en corporaties zijn gelijkwaardige partners die zich voor jaren binden."},"cof.verdienmodel":{"text":"We werken met corporaties, bedrijven en fondsen aan een verdienmodel dat ook voor hen aantrekkelijk is.","why":"De Wijkengids raadt bestuurders aan te investeren in partnerschap met corporaties, bedrijfsleven en fondsen. Zo komt er geld van buiten de gemeente. Dat lukt alleen als ook de partners, bijvoorbeeld zorgverzekeraars, er iets aan hebben.","gap":"- Breng per partner in kaart welk belang zij hebben bij een betere wijk.\\n- Verken met een zorgverzekeraar of fonds een gezamenlijke investering in preventie.\\n- Leg afspraken over bijdragen en opbrengsten vast in een overeenkomst.","strength":"Partners investeren mee, omdat de aanpak ook voor hen iets oplevert."},"cof.gelijkwaardig":{"text":"We behandelen corporaties als gelijkwaardige partner en niet als geldbron voor onze eigen plannen.","why":"De Community of Practice waarschuwt ervoor corporaties als pinautomaat te zien. Dat schaadt de relatie. Werk aan gelijkwaardige verhoudingen en praat ook over oud zeer uit het verleden.","gap":"- Bespreek met de corporaties openlijk wat er in het verleden is misgegaan en wat beter kan.\\n- Vraag corporaties om inbreng bij plannen, niet alleen om geld.\\n- Kijk kritisch naar gemeentelijke plannen die leunen op een bijdrage van corporaties zonder hun inbreng.","strength":"Onze relatie met corporaties is gelijkwaardig en gezond."},"cof.levende-afspraken":{"text":"We passen onze afspraken met corporaties aan als de omstandigheden veranderen, zonder het commitment voor langere tijd los te laten.","why":"De Community of Practice ziet afspraken met corporaties als documenten die meebewegen met de tijd. Omstandigheden veranderen, dus af en toe moet je opnieuw onderhandelen. Tegelijk spreken partijen elkaar aan op hun inzet voor een langere periode.","gap":"- Plan een vast moment, bijvoorbeeld elk jaar, om de afspraken met corporaties te herijken.\\n- Leg in de afspraken vast hoe lang partijen zich minstens verbinden.\\n- Spreek af hoe u elkaar aanspreekt als een partij zijn inzet niet waarmaakt.","strength":"Onze afspraken met corporaties bewegen mee en houden ons toch langjarig aan elkaar verbonden."},"cof.aanspreekpunt":{"text":"Corporaties hebben bij ons één vast aanspreekpunt dat hun vragen binnen de gemeente regelt.","why":"De Community of Practice ziet dat de inzet van corporaties vaak strandt langs de vele loketten van de gemeente. Het is aan de gemeente om die rompslomp weg te nemen. Eén vast aanspreekpunt is daarvoor een concreet middel.","gap":"- Wijs per corporatie of per wijk één contactpersoon aan die vragen intern uitzet en bewaakt.\\n- Vraag corporaties waar zij in onze organisatie vastlopen.\\n- Maak afspraken over hoe snel zij antwoord krijgen.","strength":"Corporaties lopen bij ons niet vast tussen loketten."},"cof.kennis-corporaties":{"text":"We hebben binnen de gemeente genoeg kennis van de corporatiesector, ook van de financiële kant.","why":"Volgens de Community of Practice weten gemeenten te weinig van de financiële kant van corporaties. Dat maakt het lastig om als gelijke aan tafel te zitten. De bron raadt aan die kennis actief op te bouwen.","gap":"- Laat een corporatie uitleggen hoe haar financiën en investeringsruimte in elkaar zitten.\\n- Zorg dat ten minste één collega zich verdiept in de regels en financiën van de sector.\\n- Deel die kennis met bestuurders en wijkteams.","strength":"We kennen de corporatiesector goed, ook financieel."},"cof.gedeelde-belangen":{"text":"In gesprekken met corporaties staan de gedeelde belangen in de wijk centraal, niet de vraag wie welke pot betaalt.","why":"De Community of Practice raadt aan je niet blind te staren op discussies over heffingen en geldpotten. Corporaties hebben de wijkaanpak ook zelf nodig: een goede wijk houdt hun bezit waardevol. Dat gedeelde belang is een sterker vertrekpunt.","gap":"- Begin gesprekken met corporaties met de vraag wat beide partijen in de wijk willen bereiken.\\n- Maak zichtbaar wat de wijkaanpak de corporatie oplevert, bijvoorbeeld in waarde van het bezit.\\n- Haal financiële discussies uit het wijkoverleg en voer die apart op bestuurlijk niveau.","strength":"Gemeente en corporaties werken vanuit gedeelde belangen in de wijk."},"cof.samen-bewoners":{"text":"Samen met corporaties spreken we bewoners aan op de zorg voor hun eigen woonomgeving.","why":"De Community of Practice raadt aan dit samen te doen, niet ieder apart. Gemeente en corporatie regelen dan ook samen de steun die bewoners daarbij nodig hebben. Zo krijgen bewoners één duidelijke boodschap.","gap":"- Spreek met corporaties af wie bewoners waarop aanspreekt en hoe.\\n- Organiseer samen steun, zoals materiaal voor een opknapactie of een buurtconciërge.\\n- Geef bewoners die zich inzetten zichtbaar erkenning.","strength":"Gemeente en corporaties vragen en steunen samen de inzet van bewoners voor hun woonomgeving."},"cof.stad-regio":{"text":"Wat we in de wijk met corporaties afspreken, sluit aan op onze afspraken met hen op stedelijk en regionaal niveau.","why":"De Community of Practice vraagt de samenwerking in de wijk te verbinden met die op grotere schaal. Veel keuzes van corporaties, zoals over nieuwbouw en toewijzing, vallen op het niveau van stad of regio. Losse wijkafspraken lopen daar anders op stuk.","gap":"- Leg de wijkafspraken naast de stedelijke prestatieafspraken en de regionale woonafspraken.\\n- Zorg dat dezelfde mensen, of goed verbonden collega’s, aan beide tafels zitten.\\n- Breng knelpunten uit de wijk actief in bij het stedelijke en regionale overleg.","strength":"Onze afspraken met corporaties in de wijk, de stad en de regio sluiten op elkaar aan."},"cof.open-over-sloop":{"text":"Bij sloop en renovatie vertellen we bewoners open welke keuze we maken en waarom.","why":"De Community of Practice wijst op de spanning tussen verdringing en emancipatie bij bouwen, renoveren en slopen. Kies daarin helder en wees er open over. Anders verliest de gemeente haar geloofwaardigheid bij bewoners die hun huis zien verdwijnen.","gap":"- Maak samen met de corporatie een helder verhaal over het doel van de plannen.\\n- Vertel bewoners vroeg wat er gaat gebeuren en wat het voor hen betekent.\\n- Spreek af wie namens gemeente en corporatie het gesprek met bewoners voert.","strength":"Bewoners weten waar ze aan toe zijn bij sloop en renovatie."},"cof.dilemma-verdringing":{"text":"Welke koers kiezen wij bij sloop, renovatie en nieuwbouw in de wijk?","left":"Verdringing: de wijk verandert door nieuwe bewoners","right":"Emancipatie: huidige bewoners krijgen kansen om te stijgen","why":"De Community of Practice noemt deze spanning zonder één kant te kiezen. Belangrijk is dat gemeente en corporaties helder kiezen en daar open over zijn. Andere lessen over bouwen op de kracht van bewoners wijzen eerder richting emancipatie.","leftRisk":"Huidige bewoners voelen zich weggezet, problemen verhuizen naar andere wijken en het vertrouwen in de gemeente daalt.","rightRisk":"De wijk blijft eenzijdig en kwetsbaar, en bewoners die vooruitkomen, verhuizen alsnog.","extremes":"Bij -3: kijk ook naar de gevolgen voor buurten waar de vertrokken bewoners terechtkomen. Bij +3: vraag u af of de woningvoorraad wel genoeg kansen biedt aan wie in de wijk wil blijven wonen en vooruit wil.","gap":"- Maak de gewenste koers expliciet in een gezamenlijk besluit van gemeente en corporaties.\\n- Vertel bewoners open wat de koerswijziging voor hen betekent.\\n- Kijk samen welke plannen voor sloop of renovatie bij de nieuwe koers passen en welke niet."},"cof.vastgoed-herzien":{"text":"In tijden van krapte en bezuinigingen toetsen we sloopplannen en dure plannen voor maatschappelijk vastgoed opnieuw.","why":"De Community of Practice zag een periode van bezuinigingen als kans om zulke plannen nog eens kritisch te bekijken. Dat geldt nog steeds: als geld schaars is, loont het om te kijken of het ook eenvoudiger of anders kan. Soms is renovatie of hergebruik beter voor de wijk.","gap":"- Zet alle grote vastgoedplannen in de wijk op een rij met kosten en verwacht nut.\\n- Bekijk met corporaties en partners of bestaande gebouwen een nieuwe functie kunnen krijgen.\\n- Bespreek met bewoners welke voorzieningen echt nodig zijn.","strength":"We toetsen grote vastgoedplannen kritisch op nut en betaalbaarheid."},"cof.ondernemers":{"text":"We verbinden ondernemers, scholen en verenigingen aan concrete sociale opgaven in de wijk.","why":"De Community of Practice noemt het activeren van maatschappelijk ondernemerschap een van de tien inzichten: zonder deze partners is het fundament te smal. Ook de Wijkengids raadt bestuurders aan ondernemers te koppelen aan vraagstukken uit de wijk. Denk aan supermarkten, kleine bedrijven, sportclubs en scholen die helpen bij werk, jeugd of de openbare ruimte.","gap":"- Breng in kaart welke ondernemers, scholen en clubs al iets doen in de wijk.\\n- Koppel een concrete opgave, zoals stages of jeugdwerk, aan een ondernemer die wil bijdragen.\\n- Nodig ondernemers uit aan de tafel van het wijkoverleg.","strength":"Ondernemers, scholen en verenigingen dragen actief bij aan de sociale opgaven in de wijk."},"cof.mkba":{"text":"We gebruiken een maatschappelijke kosten-batenanalyse (MKBA) om partijen te winnen als medefinancier van de aanpak.","why":"De Wijkengids raadt bestuurders aan een MKBA in te zetten, en eerst te kijken welke analyses er al zijn. Een MKBA laat zien wie baat heeft bij de aanpak. Dat helpt om nieuwe partijen te laten meebetalen, vooral bij preventie op gezondheid en veiligheid.","gap":"- Zoek uit welke MKBA’s al bestaan voor vergelijkbare aanpakken.\\n- Laat voor één onderdeel van de aanpak, zoals preventie, een MKBA maken.\\n- Gebruik de uitkomst in gesprekken met zorgverzekeraars, corporaties en andere partijen.","strength":"Met een MKBA laten we zien wie baat heeft en winnen we medefinanciers."},"cof.buurtbeheerfonds":{"text":"We hebben met corporaties en andere partners de mogelijkheden voor een buurtbeheerfonds verkend.","why":"De Community of Practice raadt aan de mogelijkheden van een buurtbeheerfonds te onderzoeken. Zo’n fonds bundelt geld van partners voor het beheer van de buurt. Het maakt de inzet minder afhankelijk van losse projecten.","gap":"- Verken met corporaties en andere partners wie wil bijdragen aan een gezamenlijk fonds.\\n- Spreek af waarvoor het fonds is en wie erover beslist; betrek bewoners daarbij.\\n- Kijk hoe andere gemeenten zo’n fonds hebben ingericht.","strength":"We hebben een buurtbeheerfonds of hebben de mogelijkheden goed verkend."}}`,
    ),
  },
  f = {
    title: `Informatiepositie & wijkbeeld`,
    intro: `Een goede wijkaanpak begint met een goed beeld van de wijk. Dat beeld gaat over problemen én over wat sterk is, over cijfers én over wat bewoners ervaren. De Wijkengids (*Wat bestuurders elkaar aanraden*) noemt een goede informatiepositie een randvoorwaarde voor bestuurders. De Wijkengids over borgen en de Community of Practice Wijkaanpak voegen daaraan toe: meet op het juiste schaalniveau, geef samen betekenis aan cijfers en let op kantelpunten. In deze module kijkt u of uw gemeente weet wat er in de wijken speelt.`,
    items: {
      'inf.kracht': {
        text: `Ons beeld van de wijk laat niet alleen de problemen zien, maar ook wat er sterk is.`,
        why: `Wie alleen naar problemen kijkt, mist waar bewoners trots op zijn en wat zij al samen doen. De Wijkengids raadt bestuurders aan om ook naar de kracht van de wijk te vragen. De Community of Practice zegt hetzelfde: bouw de aanpak en het beeld van de wijk ook op wat goed gaat.`,
        gap: `- Vraag in elk wijkgesprek ook: wat gaat hier goed, en waar zijn mensen trots op?
- Zet naast de probleemcijfers een overzicht van actieve bewoners, netwerken, plekken en initiatieven.
- Geef elk wijkprofiel een vast onderdeel 'kracht van de wijk'.`,
        strength: `Ons wijkbeeld laat zowel de zorgen als de kracht van de wijk zien.`,
      },
      'inf.beleving-feiten': {
        text: `We combineren wat bewoners ervaren met feitelijke cijfers tot één beeld van de wijk.`,
        why: `Cijfers laten zien wat er gebeurt, maar niet hoe mensen het beleven. Een buurt kan er in de statistiek goed voor staan en toch onveilig voelen. De Wijkengids zegt daarom: subjectieve en objectieve informatie geven samen het beste beeld.`,
        gap: `- Voeg een bewonerspeiling of straatgesprekken toe aan de wijkmonitor.
- Zet cijfers en ervaringen naast elkaar in één wijkprofiel.
- Bespreek waar ze elkaar tegenspreken: daar zit vaak het belangrijkste verhaal.`,
        strength: `Ons wijkbeeld rust op cijfers én op beleving.`,
      },
      'inf.schaal': {
        text: `We bekijken cijfers ook per buurt of straat, zodat een probleemplek in een welvarende wijk niet wegvalt in het gemiddelde.`,
        why: `Een gemiddelde kan veel verbergen. In een wijk die het goed doet, kan een straat of buurt liggen waar het slecht gaat. De Wijkengids waarschuwt hiervoor, en de Community of Practice raadt aan om op buurtniveau te meten: dan zeggen de cijfers meer.`,
        gap: `- Vraag bij onderzoek en statistiek om gegevens op buurt- of postcodeniveau.
- Zoek ook in 'goede' wijken naar plekken die achterblijven.
- Vraag wijkagenten, wijkteams en corporaties welke straten opvallen.`,
        strength: `Wij zien ook de problemen die in het gemiddelde verdwijnen.`,
      },
      'inf.samen-duiden': {
        text: `We bespreken de cijfers over de wijk met bewoners en professionals voordat we conclusies trekken.`,
        why: `Cijfers zeggen pas iets als duidelijk is wat erachter zit. Bewoners en professionals weten dat vaak het best. Beide delen van de Wijkengids raden aan om cijfers samen te duiden, zodat het beeld op papier klopt met wat er op straat gebeurt.`,
        gap: `- Organiseer elk jaar per wijk een duidingssessie met bewoners, wijkprofessionals en partners.
- Stuur cijfers niet alleen rond, maar bespreek ze.
- Schrijf op wat het gesprek verandert aan uw conclusies.`,
        strength: `Wij geven betekenis aan cijfers samen met de mensen die de wijk kennen.`,
      },
      'inf.kantelpunten': {
        text: `We volgen vroege signalen dat een buurt kantelt, zowel naar beneden als naar boven.`,
        why: `Wie pas reageert als de cijfers slecht zijn, is te laat. De Wijkengids vraagt bestuurders om omslagpunten in wijken scherp te volgen. De Community of Practice voegt toe: let niet alleen op tekenen van verval, maar ook op wat een buurt juist vooruit helpt.`,
        gap: `- Spreek met partners af welke signalen u samen volgt, zoals verhuizingen, leegstand, meldingen of nieuwe initiatieven.
- Vraag wijkprofessionals om opvallende veranderingen meteen door te geven.
- Bespreek de signalen elk kwartaal, niet alleen bij de jaarcijfers.`,
        strength: `Wij zien kantelpunten op tijd aankomen.`,
      },
      'inf.voedingsbodem': {
        text: `Voordat we een interventie kiezen, gaan we na of die past bij de bewoners en de wijk.`,
        why: `Een aanpak die elders werkt, slaat niet overal aan. De Wijkengids over borgen noemt dit de voedingsbodem van een interventie: past die bij de doelgroep en de wijk? Wie dat vooraf toetst, voorkomt verspilling en teleurstelling.`,
        gap: `- Beschrijf vooraf voor wie de interventie is en waarom die bij deze wijk past.
- Toets die keuze bij bewoners en wijkprofessionals.
- Leg de aannames vast, zodat u later kunt zien of ze klopten.`,
        strength: `Wij kiezen interventies die passen bij de wijk.`,
      },
      'inf.nulmeting': {
        text: `Bij de start van een interventie leggen we de beginsituatie vast in een nulmeting.`,
        why: `Zonder beginpunt kunt u later niet laten zien wat er veranderd is. De Wijkengids over borgen noemt de nulmeting als eerste stap om te kunnen meten of een interventie aansluit en iets oplevert.`,
        gap: `- Kies per interventie een paar kerngegevens en meet die vóór de start.
- Gebruik bestaande bronnen, zoals de wijkmonitor of een bewonerspeiling, waar dat kan.
- Spreek af wie de nulmeting bewaart en wanneer u opnieuw meet.`,
        strength: `Wij weten waar we begonnen zijn.`,
      },
      'inf.uitstraling': {
        text: `We kijken ook naar gevolgen van een interventie buiten het eigen gebied, bijvoorbeeld problemen die naar andere buurten verschuiven.`,
        why: `Een interventie kan een buurt helpen en tegelijk problemen naar de buurt ernaast schuiven. Het kan ook andersom: een goede aanpak straalt uit naar de omgeving. De Wijkengids over borgen vraagt om ook op die effecten te letten.`,
        gap: `- Neem aangrenzende buurten mee in de monitor.
- Vraag partners in omliggende buurten welke veranderingen zij zien.
- Bespreek verplaatsing en uitstraling in elke evaluatie.`,
        strength: `Wij kijken verder dan de grens van ons eigen gebied.`,
      },
    },
  },
  p = {
    title: `Leren, goede voorbeelden & continuïteit`,
    intro: `Een wijkaanpak wordt beter als u blijft leren: van de eigen praktijk en van anderen. De Community of Practice Wijkaanpak geeft lessen over het 'overplanten' van goede voorbeelden: kijk gerust af, maar pas het aan, begin klein en laat het groeien. De tips van Zaanstad, de bouwstenen voor de gemeente als netwerkpartner en de Wijkengids vragen om tijd en ruimte voor leren, om bewijs voor wat werkt en om een lange adem. In deze module kijkt u hoe uw gemeente leert en of zij het volhoudt.`,
    items: {
      'ler.anker': {
        text: `We rollen nieuwe aanpakken niet in één keer uit, maar laten ze klein beginnen en groeien in de wijk.`,
        why: `De Community of Practice noemt dit een van de tien inzichten voor de sturing van de wijkaanpak: leer van elders, pas het aan op de eigen praktijk, begin klein en laat het zich verspreiden. Een aanpak die van bovenaf wordt uitgerold, slaat vaak niet aan.`,
        gap: `- Start een nieuwe aanpak eerst in één buurt of met één groep.
- Evalueer na korte tijd en pas aan voordat u verbreedt.
- Laat de aanpak zich verspreiden via mensen die er zelf om vragen.`,
        strength: `Onze aanpakken groeien van onderop.`,
      },
      'ler.leren-van-anderen': {
        text: `We halen ideeën op bij andere gemeenten, bijvoorbeeld met een werkbezoek, en passen die aan op onze eigen wijken.`,
        why: `Afkijken bij anderen voorkomt dat u steeds het wiel opnieuw uitvindt. Zaanstad raadt aan om eens bij een andere gemeente te gaan kijken, omdat dat inspireert. De Community of Practice waarschuwt wel voor blind kopiëren: maatwerk blijft de norm.`,
        gap: `- Plan dit jaar een werkbezoek aan een gemeente met een aanpak die u aanspreekt.
- Vraag daar niet alleen wat ze doen, maar ook waarom het bij hen werkt.
- Bespreek na afloop wat u overneemt, wat u aanpast en wat u laat liggen.`,
        strength: `Wij leren van anderen zonder blind te kopiëren.`,
      },
      'ler.bewijs': {
        text: `Een aanpak die we starten of krijgen voorgelegd, toetsen we op onderdelen waarvan bewezen is dat ze werken.`,
        why: `Goede voorbeelden worden vaak overgenomen omdat ze sympathiek zijn of goed in de pers liggen, niet omdat ze aantoonbaar werken. Vier bronnen wijzen daarom op bewijs. Zaanstad baseerde zijn visie op onderzoek in plaats van meningen, zodat alle partijen erachter konden staan. Beide delen van de Wijkengids vragen om werkzame bestanddelen en cijfers over maatschappelijk rendement, en de Community of Practice wil methoden evidence-based maken.`,
        gap: `- Vraag bij elk voorstel: welk onderzoek laat zien dat dit werkt?
- Raadpleeg databanken met erkende interventies of een kennisinstituut.
- Is er nog geen bewijs? Meet dan zelf het effect en deel de uitkomst.`,
        strength: `Onze aanpakken rusten op bewijs, niet op goede pers.`,
      },
      'ler.lange-adem': {
        text: `We houden onze inzet in de wijken vele jaren vol en wisselen niet snel van naam of programma.`,
        why: `Echte verandering in een wijk kost jaren. Zaanstad ging daarom een pact van twintig jaar aan met bewoners en partners. De Community of Practice vraagt gemeenten om een aanpak langjarig vol te houden en niet steeds een nieuw label te kiezen. Bewoners en partners zijn moe van eenmalige projecten; continuïteit maakt de gemeente geloofwaardig.`,
        gap: `- Leg de wijkaanpak vast voor een periode die langer is dan één collegeperiode.
- Houd naam en kern van de aanpak vast, ook als het beleid verschuift.
- Stuur op blijvende inzet van initiatiefnemers en sponsors, niet op losse projecten met tijdelijk geld.`,
        strength: `Wij hebben een lange adem.`,
      },
      'ler.pact': {
        text: `Voor minstens één wijk hebben we een langjarige afspraak met bewoners en partners, zoals een wijkpact.`,
        why: `Een afspraak op papier voor lange tijd maakt commitment zichtbaar en houdt partijen aan elkaar. Zaanstad sloot voor twee wijken een pact van twintig jaar met bewoners- en wijkorganisaties, de overheid en andere instanties. Zo kunnen ook hardnekkige problemen worden aangepakt.`,
        gap: `- Verken met bewoners en partners in één wijk of een langjarig pact haalbaar is.
- Leg doelen, inzet en momenten voor herijking vast.
- Zorg dat de raad het pact steunt, zodat het een wisseling van college overleeft.`,
        strength: `Ons commitment aan de wijk staat op papier.`,
      },
      'ler.praktijkleren': {
        text: `Medewerkers krijgen concreet tijd en ruimte om te leren van wat er in de wijken gebeurt.`,
        why: `Een lerende organisatie ontstaat niet vanzelf. De bouwstenen voor de gemeente als netwerkpartner noemen leren van de praktijk de leidraad voor de hele organisatie. Daarvoor is echte tijd en ruimte nodig, niet alleen een goede bedoeling.`,
        gap: `- Plan vaste leermomenten, bijvoorbeeld intervisie of een terugblik na elk project.
- Reserveer uren voor leren in de jaarplanning van teams.
- Laat leidinggevenden vragen: wat hebben we geleerd, en wat doen we nu anders?`,
        strength: `Leren van de praktijk heeft bij ons echt een plek.`,
      },
      'ler.werk-in-uitvoering': {
        text: `We gebruiken lessen en bouwstenen als werk in uitvoering, niet als een lijst die eerst helemaal af moet.`,
        why: `Wie wacht tot alles geregeld is, begint nooit. De schrijvers van de vijf bouwstenen voor de gemeente als netwerkpartner zeggen uitdrukkelijk dat hun lijst geen afvinklijst is. Dat geldt ook voor deze zelfscan: gebruik hem om te leren, niet om eerst alles op groen te zetten.`,
        gap: `- Kies één les of bouwsteen en begin er klein mee.
- Kijk na een paar maanden terug en vul aan wat ontbreekt.
- Gebruik de uitkomsten van deze scan als gespreksstof, niet als afvinklijst.`,
        strength: `Wij leren al doende.`,
      },
      'ler.mensen': {
        text: `Mensen die het verschil maken en zich volledig inzetten, krijgen van ons ruimte en steun voor hun werk.`,
        why: `Succes hangt vaak af van een paar mensen die er vol voor gaan. De Community of Practice raadt aan om hun kracht te benutten. Dat vraagt ook om na te denken over wat er gebeurt als zij vertrekken.`,
        gap: `- Breng in beeld wie in de wijken het verschil maken, binnen en buiten de gemeente.
- Geef hen ruimte, mandaat en steun.
- Zorg dat hun kennis wordt gedeeld, zodat de aanpak niet alleen van hen afhangt.`,
        strength: `Wij benutten de mensen die het verschil maken.`,
      },
      'ler.olievlek': {
        text: `We laten een aanpak stap voor stap groter worden doordat partners aanhaken die er zelf om vragen.`,
        why: `Een aanpak verspreidt zich het best als anderen er zelf om vragen. De Community of Practice noemt dit olievlekwerking: laat de aanpak zich geleidelijk uitbreiden en kom vooral in actie als er vraag naar is, in plaats van hem aan te prijzen.`,
        gap: `- Laat zien wat de aanpak oplevert, zodat anderen nieuwsgierig worden.
- Maak aanhaken makkelijk, bijvoorbeeld met een kort startpakket.
- Stop met het overtuigen van partijen die geen belangstelling hebben.`,
        strength: `Onze aanpakken verspreiden zich als een olievlek.`,
      },
      'ler.druppel': {
        text: `We proberen kleine ingrepen uit die zichzelf kunnen versterken en zo een groter effect krijgen.`,
        why: `Niet elke verandering vraagt om een groot programma. De Community of Practice spreekt van 'de druppel': een kleine ingreep zet iets in gang dat zichzelf versterkt. Denk aan een ontmoetingsplek of één actieve bewoner die anderen meeneemt.`,
        gap: `- Zoek samen met bewoners naar kleine ingrepen die veel in beweging kunnen zetten.
- Geef ruimte voor proeven met een klein budget.
- Volg wat er daarna gebeurt: groeit het vanzelf verder?`,
        strength: `Wij benutten de kracht van kleine ingrepen.`,
      },
      'ler.kennisinstituten': {
        text: `We werken samen met kennisinstituten of het Rijk om goede lokale voorbeelden te evalueren en vast te houden.`,
        why: `Goede lokale voorbeelden verdwijnen snel als niemand ze onderzoekt en vastlegt. De Wijkengids over borgen noemt kennisinstituten en het Rijk belangrijk om zulke voorbeelden te beoordelen, te selecteren en te borgen.`,
        gap: `- Vraag een hogeschool, universiteit of landelijk kennisinstituut om een goed voorbeeld te evalueren.
- Meld een succesvolle aanpak aan bij een landelijke databank.
- Spreek af hoe een bewezen aanpak een vaste plek krijgt in beleid en begroting.`,
        strength: `Onze goede voorbeelden worden onderzocht en geborgd.`,
      },
      'ler.dilemma-tijdelijk': {
        text: `Hoe gaan we om met initiatieven die met tijdelijk geld of tijdelijke inzet zijn begonnen?`,
        left: `Tijdelijk mag tijdelijk blijven`,
        right: `Sturen op continuïteit en lange adem`,
        why: `Binnen de Community of Practice zelf zit hier een spanning. De ene les zegt: niet alles hoeft structureel te worden, een tijdelijk initiatief mag ook weer stoppen. Een andere les zegt: stuur juist op continuïteit, want iedereen is moe van eenmalige projecten met tijdelijk geld. Zaanstad kiest duidelijk voor een lange adem.`,
        leftRisk: `Een reeks losse, kortlopende projecten waar bewoners en partners moe van worden. De geloofwaardigheid van de gemeente lijdt eronder.`,
        rightRisk: `Alles wordt structureel, ook wat zijn werk al heeft gedaan. Dat kost geld en laat weinig ruimte voor nieuwe ideeën.`,
        extremes: `Bij **−3** dreigt een projectencarrousel: blijft er iets over als het geld op is? Bij **+3** dreigt vastgeroeste inzet: durft u nog te stoppen met wat niet meer nodig is? Maak per initiatief een bewuste keuze.`,
        gap: `- Spreek bij de start van elk initiatief af of het tijdelijk of blijvend bedoeld is.
- Bepaal vooraf wanneer en op basis waarvan u beslist of het doorgaat.
- Regel bij blijvende initiatieven vast geld en vaste trekkers.`,
      },
      'ler.open-cyclus': {
        text: `Hoe verbinden wij leren van de praktijk met onze vaste cyclus van beleid, begroting en verantwoording?`,
        why: `De bouwstenen voor de gemeente als netwerkpartner noemen dit zelf een dilemma. Leren gaat met vallen en opstaan, terwijl de planning-en-controlcyclus vaste momenten en vooraf bepaalde doelen vraagt. Het antwoord verschilt per gemeente en is het bespreken waard.`,
        hint: `Denk aan één moment in de cyclus, zoals de voorjaarsnota of de jaarrekening. Wat zou u daar willen inbrengen uit de praktijk, en wat houdt u nu tegen?`,
      },
      'ler.open-mensen': {
        text: `Werkt een methode die we van elders overnemen nog wel zonder de mensen die haar daar tot een succes maakten?`,
        why: `De Community of Practice stelt deze vraag zelf. Succes hangt vaak af van een paar mensen die er echt voor gaan. Wie een methode overneemt zonder hen, neemt misschien alleen de buitenkant over.`,
        hint: `Denk aan een aanpak die u hebt overgenomen of wilt overnemen. Wie maakte die elders tot een succes, en wie doet dat bij u?`,
      },
    },
  },
  m = {
    title: `Monitoring, resultaten & verantwoording`,
    intro: `Verantwoorden hoort bij de wijkaanpak. Maar een dik rapport vol cijfers zegt de raad en bewoners vaak weinig. De Community of Practice Wijkaanpak geeft praktische tips: koppel alles aan de doelen, houd het eenvoudig, wees eerlijk en laat bewoners zelf aan het woord. De Wijkengids vraagt om resultaten scherp te benoemen en ook met cijfers te onderbouwen. In deze module kijkt u hoe uw gemeente meet, bijstuurt en verantwoording aflegt; de uitkomsten zijn direct bruikbaar voor een raadsmemo.`,
    items: JSON.parse(
      `{"mon.anker":{"text":"Onze verantwoording laat eerlijk zien wat de wijkaanpak verandert in het leven van bewoners, ook als iets tegenvalt.","why":"De Community of Practice vraagt gemeenten om verantwoording te *nemen*, in plaats van alleen aan een rapportageplicht te voldoen. Dus geen gladde cijferoverzichten, maar laten zien wat er echt verandert, wat niet lukt en wat tijd nodig heeft. En daarover het gesprek aangaan met de politiek.","gap":"- Stel bij de volgende rapportage de vraag: wat merken bewoners hiervan?\\n- Voeg een vast deel toe over wat tegenviel en wat u daarvan leert.\\n- Bespreek de rapportage met de raad, in plaats van die alleen toe te sturen.","strength":"Wij nemen verantwoording, en voldoen niet alleen aan een rapportageplicht."},"mon.doelen":{"text":"Alles wat we over de wijkaanpak rapporteren, koppelen we zichtbaar aan de doelen van de aanpak.","why":"Losse cijfers en lijsten met activiteiten zeggen weinig. Als elk deel van een rapportage terugverwijst naar een doel, ziet de lezer wat er bereikt is en wat nog niet. De Community of Practice noemt dit als eerste tip voor monitoring.","gap":"- Bouw rapportages op per doel in plaats van per project.\\n- Schrap gegevens die bij geen enkel doel horen.\\n- Zet bij elk doel kort: waar staan we, en wat is de volgende stap?","strength":"Onze rapportages volgen de doelen van de aanpak."},"mon.eerlijk":{"text":"We benoemen open wat nog niet goed lukt, in onze rapportages én tegenover bewoners.","why":"Eerlijkheid over tegenvallers maakt een aanpak geloofwaardig. De Wijkengids raadt bestuurders aan om te zeggen wat nog niet lukt en bewoners op de hoogte te houden. De Community of Practice voegt toe: wees ook eerlijk over hoe moeilijk het is om inzet te koppelen aan diepere veranderingen in de wijk.","gap":"- Neem in elke rapportage een vast kopje op: 'wat nog niet lukt'.\\n- Vertel bewoners op wijkavonden of in nieuwsbrieven ook wat tegenvalt, en wat u eraan doet.\\n- Beloof geen effecten die u niet kunt aantonen.","strength":"Wij zijn eerlijk over wat nog niet lukt."},"mon.opbrengst-tonen":{"text":"We laten de opbrengst van de aanpak zien met cijfers, met behaalde resultaten én met ervaringen van bewoners.","why":"Raad, partners en bewoners willen weten wat de integrale aanpak oplevert. De Wijkengids over borgen zegt: laat dat zien in cijfers, in resultaten en in de ervaringen van mensen uit de wijk zelf. Samen overtuigen die meer dan elk apart.","gap":"- Zet in elke rapportage naast de cijfers een paar korte verhalen van bewoners.\\n- Noem per doel één concreet resultaat.\\n- Laat zien wat de samenwerking tussen partners extra heeft opgeleverd.","strength":"Wij laten de opbrengst zien in cijfers, resultaten en verhalen."},"mon.dialoog":{"text":"We gebruiken de verantwoording als aanleiding voor een gesprek met raadsleden en bewoners over de wijkaanpak.","why":"Verantwoorden is meer dan een stuk aanleveren. De Community of Practice ziet het als een kans om met meer raadsleden en bewoners over de wijk te praten. Ook vraagt zij om het gesprek met de politiek op te zoeken. Zo groeien begrip en draagvlak.","gap":"- Organiseer bij de jaarrapportage een wijkbezoek of gesprek met raadsleden.\\n- Betrek ook raadsleden die de wijkaanpak niet in hun portefeuille hebben.\\n- Nodig bewoners uit voor hetzelfde gesprek.","strength":"Onze verantwoording opent het gesprek met raad en bewoners."},"mon.eigen-stem":{"text":"We laten bewoners zelf aan het woord als we verantwoording afleggen over de wijkaanpak.","why":"Het verhaal van een bewoner zegt vaak meer dan een samenvatting door de gemeente. De Community of Practice raadt aan om bewoners en politici zoveel mogelijk zelf te laten vertellen wat er gebeurt. Dat maakt de verantwoording levendig en echt.","gap":"- Nodig bewoners uit om in een raadscommissie of bij een werkbezoek te vertellen wat zij merken.\\n- Neem citaten of korte filmpjes van bewoners op in rapportages.\\n- Vraag raadsleden die in de wijk komen om hun eigen indrukken te delen.","strength":"Bij ons vertellen bewoners zelf het verhaal."},"mon.geen-glossy":{"text":"Onze verhalen over de wijkaanpak zijn hoopvol, maar niet opgepoetst.","why":"Optimisme geeft energie, maar een glanzend succesverhaal wekt wantrouwen. De Community of Practice waarschuwt dat zulke verhalen mensen uitnodigen om er gaten in te schieten. Een eerlijk verhaal met ruimte voor twijfel houdt langer stand.","gap":"- Laat een kritische collega of bewoner uw tekst lezen voordat u die publiceert.\\n- Zet naast elk succes ook wat er nog moet gebeuren.\\n- Vermijd grote woorden die u niet kunt onderbouwen.","strength":"Ons optimisme is geloofwaardig."},"mon.zacht-voorop":{"text":"In onze rapportages staat het verhaal van de wijk voorop; de meeste cijfers staan in de bijlage.","why":"Voor raad en bewoners zegt een goed verhaal vaak meer dan een tabel. De Community of Practice raadt aan om zachte informatie centraal te zetten en harde cijfers vooral in bijlagen op te nemen. Let op: de Wijkengids hecht juist veel waarde aan bewijs in cijfers. Zie ook het dilemma in deze module.","gap":"- Begin de rapportage met wat er in de wijk veranderd is, in gewone taal.\\n- Verplaats gedetailleerde tabellen naar een bijlage.\\n- Gebruik in de hoofdtekst alleen de cijfers die het verhaal dragen.","strength":"Onze rapportages zijn leesbaar en dicht bij de wijk."},"mon.beeldtaal":{"text":"We gebruiken beelden, zoals foto's, kaarten en infographics, als we vertellen over de wijkaanpak.","why":"Beelden maken snel duidelijk wat tekst en tabellen moeizaam uitleggen. De Community of Practice raadt aan om in presentaties veel met beeldtaal te werken.","gap":"- Laat een kaart van de wijk zien met de belangrijkste veranderingen.\\n- Maak foto's voor en na een ingreep.\\n- Zet de drie belangrijkste cijfers om in een eenvoudige infographic.","strength":"Wij maken resultaten zichtbaar."},"mon.tussentijds":{"text":"We houden tussentijdse gesprekken en metingen met partners, uitvoerders en managers om op tijd bij te sturen.","why":"Wie pas aan het eind evalueert, kan niets meer veranderen. De Wijkengids over borgen raadt aan om onderweg met partners, uitvoerders en managers te bespreken wat het oplevert en wat helpt of remt. Zo kunt u tijdens het proces bijsturen.","gap":"- Plan vaste tussenmomenten, bijvoorbeeld elk half jaar.\\n- Bespreek dan zowel resultaten als wat succes helpt of in de weg zit.\\n- Leg vast welke bijsturing u afspreekt en wie die uitvoert.","strength":"Wij sturen onderweg bij, niet pas achteraf."},"mon.succescriteria":{"text":"We hebben vooraf een vast kader afgesproken waarmee we bepalen of een project geslaagd is.","why":"Zonder afgesproken maatstaf wordt 'succes' een kwestie van mening. De Wijkengids raadt bestuurders aan om projectsucces met een vaste structuur te beoordelen. De bron noemt een '4+1-structuur', maar legt die niet uit; het gaat erom dát u vooraf een gedeeld kader hebt.","gap":"- Spreek per project vooraf af wanneer het geslaagd is, in termen van effect voor bewoners.\\n- Gebruik hetzelfde kader voor alle projecten, zodat u ze kunt vergelijken.\\n- Pas projecten aan of stop ermee als ze niet aan het kader voldoen.","strength":"Wij weten vooraf wanneer een project geslaagd is."},"mon.eenvoudig":{"text":"We werken met weinig indicatoren per doel en gaan alleen bij enkele thema's de diepte in.","why":"Te veel indicatoren maken monitoring duur en onleesbaar. De Community of Practice zegt: houd het simpel en slim. Kies per doel een paar goede maten en onderzoek alleen grondig wat er echt toe doet.","gap":"- Beperk het aantal indicatoren tot drie of vier per doel.\\n- Kies één of twee thema's voor verdiepend onderzoek.\\n- Schrap elk jaar de indicatoren die niemand gebruikt.","strength":"Onze monitoring is eenvoudig en gericht."},"mon.meetsoorten":{"text":"Bij elke meting maken we duidelijk of het gaat om effect, voortgang, ontwikkeling of het proces.","why":"Effectonderzoek, voortgangsbewaking, ontwikkelingsonderzoek en procesevaluatie beantwoorden heel andere vragen. De Community of Practice ziet dat ze vaak door elkaar lopen. Dan verwacht de raad bijvoorbeeld een effect, terwijl er alleen voortgang is gemeten.","gap":"- Zet bij elke meting welke soort het is en welke vraag die beantwoordt.\\n- Maak een overzicht: welke vragen hebben we, en met welk soort onderzoek beantwoorden we die?\\n- Leg de verschillen kort uit aan raad en partners.","strength":"Wij weten welke vraag elke meting beantwoordt."},"mon.indicatoren-afstemmen":{"text":"We stemmen onze indicatoren af met andere gemeenten en onderzoekers, bijvoorbeeld via een landelijk netwerk.","why":"Als gemeenten dezelfde maten gebruiken, kunnen ze van elkaar leren en resultaten vergelijken. De Community of Practice raadt aan om daarvoor landelijke netwerken van projectleiders en onderzoekers te gebruiken.","gap":"- Sluit aan bij een landelijk kennisnetwerk voor wijkaanpak of gebiedsgericht werken.\\n- Vergelijk uw indicatoren met die van twee of drie vergelijkbare gemeenten.\\n- Neem gangbare definities over waar dat kan.","strength":"Onze indicatoren zijn te vergelijken met die van anderen."},"mon.referentiegebieden":{"text":"We vergelijken onze wijken met referentiegebieden om te beoordelen of de aanpak werkt.","why":"Een wijk kan vooruitgaan omdat het overal beter gaat. Pas als u vergelijkt met een gebied zonder deze aanpak, ziet u wat de aanpak zelf doet. De Community of Practice raadt aan om met referentiegebieden te werken.","gap":"- Kies een of twee vergelijkbare buurten zonder de aanpak als referentie.\\n- Volg daar dezelfde indicatoren.\\n- Gebruik het gemiddelde van de hele gemeente als extra maatstaf.","strength":"Wij hebben een maatstaf voor succes en falen."},"mon.dilemma-bewijs":{"text":"Waar leggen we het zwaartepunt als we resultaten laten zien?","left":"Harde bewijslast in cijfers","right":"Verhalen en zachte informatie voorop","why":"De bronnen verschillen hier van mening. De Wijkengids over borgen noemt bewijs in cijfers over maatschappelijk rendement cruciaal. De Community of Practice wil juist de zachte informatie centraal zetten en cijfers vooral in bijlagen opnemen. Beide hebben een punt: het gaat om een bewuste keuze die past bij uw publiek en uw vraag.","leftRisk":"Cijfers zonder verhaal staan ver van de praktijk en kunnen hobbels wegpoetsen. Bewoners en raadsleden herkennen hun wijk er niet in.","rightRisk":"Verhalen zonder onderbouwing zijn makkelijk weg te zetten als losse voorbeelden. Dan is moeilijk te zeggen welke interventies echt iets opleveren.","extremes":"Bij **−3** bestaat de verantwoording vrijwel alleen uit tabellen: leest iemand nog wat er in de wijk gebeurt? Bij **+3** ontbreekt bewijs in cijfers: kunt u nog aantonen wat werkt, zeker als er geld of een besluit op het spel staat? De Wijkengids wijst zelf op een middenweg: cijfers, resultaten én ervaringen van bewoners.","gap":"- Bespreek met raad en partners welke vraag de verantwoording moet beantwoorden: wat werkt, of wat verandert er?\\n- Kies de vorm per publiek: een verhaal voor de wijk, onderbouwing voor besluiten over geld.\\n- Koppel elk verhaal aan minstens één cijfer, en elk cijfer aan een voorbeeld uit de wijk."}}`,
    ),
  },
  h = {
    title: `Gemeente als netwerkpartner`,
    intro: `In de wijk is de gemeente één partij tussen vele. Scholen, zorg, welzijn, ondernemers en bewoners hebben eigen kennis en een eigen verantwoordelijkheid. Deze module gaat over de vraag hoe wij ons tot die partners verhouden: als opdrachtgever of als samenspeler, en of we aansluiten bij wat er al is. De tips van de gemeente Zaanstad en de 5 bouwstenen voor de gemeente als netwerkpartner staan hier centraal. De Community of Practice Wijkaanpak vult aan met lessen over voortbouwen op wat bestaat en over één gedeelde visie met alle partners.`,
    items: {
      'net.bescheiden': {
        text: `We zien onszelf als één partij tussen vele: ook onze partners hebben kennis en dragen verantwoordelijkheid.`,
        why: `De gemeente Zaanstad raadt aan om je als gemeente bescheiden op te stellen. We hebben niet alle kennis in huis en we zijn niet de enige die verantwoordelijk is. Wie de kennis van lokale organisaties benut, komt tot een aanpak die breed gedragen wordt.`,
        gap: `- Vraag bij de start van een aanpak aan elke partner: welke kennis en verantwoordelijkheid brengt u mee?
- Laat partners het eerste woord voeren in het overleg, niet de gemeente.
- Bespreek in het team waar wij onszelf te snel als eigenaar van een vraagstuk zien.`,
        strength: `We stellen ons bescheiden op en benutten de kennis van partners.`,
      },
      'net.samenspeler': {
        text: `In de samenwerking met partners gedragen wij ons eerst als samenspeler, en pas daarna als opdrachtgever.`,
        why: `De gemeente Zaanstad ziet dit als de enige weg naar samenwerken op gelijke voet. Een opdracht en een eigen verantwoordelijkheid blijven soms nodig. Maar wie begint als opdrachtgever, maakt van partners uitvoerders.`,
        gap: `- Kijk hoe onze overleggen zijn ingericht: wie zit voor, wie bepaalt de agenda?
- Maak samen met partners een gezamenlijk plan voordat er opdrachten of subsidies worden verleend.
- Benoem open wanneer we wél als opdrachtgever optreden, en waarom.`,
        strength: `Partners ervaren ons als gelijkwaardige samenspeler.`,
      },
      'net.werken-met-wat-er-is': {
        text: `Voordat we iets nieuws beginnen, brengen we in kaart welke initiatieven en netwerken er al zijn, en sluiten we daarbij aan.`,
        why: `De 5 bouwstenen voor de gemeente als netwerkpartner beginnen met werken met wat er is: beleid en projecten sluiten aan op initiatieven, niet andersom. De Community of Practice is net zo stellig. Een plan dat van buiten of van bovenaf in de wijk belandt, dooft de energie die er al is.`,
        gap: `- Maak per wijk een overzicht van bestaande initiatieven, netwerken en sleutelpersonen.
- Voeg aan elk voorstel een korte toets toe: op welk bestaand initiatief bouwt dit voort?
- Pas bestaande kaders aan als zij een goed initiatief in de weg zitten.`,
        strength: `We bouwen voort op bestaande initiatieven in plaats van iets nieuws te droppen.`,
      },
      'net.expertise-partners': {
        text: `We vragen partners om vanuit hun eigen vakkennis mee te denken, ook als hun blik afwijkt van de onze.`,
        why: `De gemeente Zaanstad raadt aan om de expertise van iedere partner te stimuleren. Door vanuit verschillende invalshoeken naar hetzelfde thema te kijken, ontstaat een vollediger beeld. Verschil van inzicht is dan winst en geen hinder.`,
        gap: `- Nodig bij een nieuw thema partners uit met heel verschillende achtergronden.
- Vraag in overleggen expliciet naar een andere kijk: wat zien wij over het hoofd?
- Geef partners de ruimte om een deel van de aanpak zelf vorm te geven.`,
        strength: `We benutten de vakkennis en de verschillende invalshoeken van partners.`,
      },
      'net.juiste-mensen': {
        text: `We betrekken deskundige mensen die zelden aan formele overleggen zitten, zoals stafmedewerkers of logopedisten.`,
        why: `De gemeente Zaanstad wijst op de vele kennis die in een gemeente aanwezig is, vaak bij mensen die niet aan de formele tafels zitten. Door hen te betrekken, gebruiken we lokale kennis en groeit het draagvlak. Zij krijgen bovendien een rol die ze anders niet hadden gehad.`,
        gap: `- Vraag partners wie in hun organisatie het meest weet van het thema, los van functie of positie.
- Organiseer naast het bestuurlijk overleg een werksessie met uitvoerders en stafmensen.
- Geef deze mensen een zichtbare rol in de aanpak.`,
        strength: `We halen de juiste mensen naar voren, ook buiten de formele overleggen.`,
      },
      'net.gedeelde-visie': {
        text: `Goede voorbeelden die we overnemen, verbinden we met een visie die alle partners delen en uitdragen.`,
        why: `De Community of Practice geeft het voorbeeld van de Vreedzame School. Zo’n aanpak slaagt beter als ook de wijk en het verenigingsleven dezelfde boodschap uitdragen, zoals respect voor elkaar. Een goed voorbeeld zonder gedeelde visie blijft een los project.`,
        gap: `- Formuleer met partners in een paar zinnen de boodschap die iedereen in de wijk uitdraagt.
- Toets nieuwe projecten aan die gedeelde visie.
- Betrek scholen, clubs en welzijn bij het uitdragen van dezelfde waarden.`,
        strength: `Overgenomen aanpakken passen in een visie die alle partners onderschrijven.`,
      },
      'net.samenhang': {
        text: `We maken van losse projecten één aanpak, op basis van een gedeeld beeld van wat de wijk eigen maakt.`,
        why: `Volgens de Community of Practice kan een wijkaanpak meer zijn dan een optelsom van projecten. Dat lukt als we goed nadenken over de identiteit en samenhang van de wijk. En als we alle partners achter één gezamenlijke aanpak krijgen.`,
        gap: `- Zet alle lopende projecten in de wijk op één overzicht en bespreek de samenhang met partners.
- Beschrijf samen met bewoners en partners wat de wijk eigen maakt.
- Stop of voeg projecten samen die niet bijdragen aan het gezamenlijke beeld.`,
        strength: `Onze projecten vormen samen één herkenbare aanpak voor de wijk.`,
      },
      'net.rollen-verduren': {
        text: `Als onze rollen met elkaar botsen, zoeken we samen met partners uit welke rol nu het beste past.`,
        why: `De 5 bouwstenen voor de gemeente als netwerkpartner noemen botsende rollen een vast onderdeel van dit werk. De kunst is om die spanning te verdragen in plaats van haar weg te poetsen. Samen bepalen we welke rol op dit moment en in deze situatie past.`,
        gap: `- Benoem in het overleg hardop welke rollen we hebben en waar ze schuren.
- Bespreek per situatie met partners welke rol zij van ons verwachten.
- Leg vast wie in de gemeente welke rol vervult, zodat partners weten met wie ze praten.`,
        strength: `We gaan open en samen met partners om met botsende rollen.`,
      },
      'net.meerdere-rollen': {
        text: `We erkennen open dat we soms meerdere rollen tegelijk hebben, zoals handhaver, aanjager en kennisleverancier.`,
        why: `De 5 bouwstenen voor de gemeente als netwerkpartner laten zien dat de gemeente soms drie rollen tegelijk vervult. Dat hoeft geen probleem te zijn, zolang we het benoemen. Partners weten dan waar ze aan toe zijn.`,
        gap: `- Maak per wijk of thema een overzicht van de rollen die de gemeente heeft.
- Leg partners uit wanneer we handhaven en wanneer we meedenken.
- Bespreek in het team hoe we met die rollen omgaan zonder ze te verstoppen.`,
        strength: `We zijn open over onze verschillende rollen en partners weten waar ze aan toe zijn.`,
      },
      'net.dilemma-nieuw-bestaand': {
        text: `Brengen wij nieuwe organisaties in stelling, of bouwen we voort op instellingen die er al zijn?`,
        left: `Nieuwe organisaties in het spel brengen`,
        right: `Bouwen op bestaande instellingen`,
        why: `De Community of Practice noemt dit een van de dilemma’s bij het verankeren van de wijkaanpak. Veel bronnen pleiten voor voortbouwen op wat er is. Een aparte organisatie kan nodig zijn als reguliere diensten vastlopen, bijvoorbeeld bij gezinnen met veel problemen tegelijk.`,
        leftRisk: `Nieuwe organisaties komen naast de bestaande te staan, zodat er meer overleg en meer loketten ontstaan.`,
        rightRisk: `Bestaande instellingen blijven werken zoals altijd, ook waar dat de wijk niet helpt.`,
        extremes: `Bij -3: kies alleen voor een nieuwe organisatie als die oude structuren echt overbodig maakt, anders stapelt u lagen op elkaar. Bij +3: let op dat bestaande instellingen wel echt veranderen, en niet alleen een nieuw etiket krijgen.`,
        gap: `- Wilt u meer naar bestaande instellingen: breng eerst in kaart wat er al is en wie wat kan overnemen.
- Wilt u juist nieuwe organisaties: spreek vooraf af welke bestaande structuren dan verdwijnen.
- Bespreek de koerswijziging met partners, zodat niemand wordt verrast.`,
      },
      'net.dilemma-opdrachtgever': {
        text: `Hoe treden wij op tegenover onze partners in de wijk?`,
        left: `Gemeente als opdrachtgever`,
        right: `Gemeente als samenspeler`,
        why: `De gemeente Zaanstad raadt aan de rol van opdrachtgever los te laten en eerst samenspeler te zijn. Tegelijk erkent die tip dat de gemeente soms verantwoordelijk blijft en dat er een opdracht moet komen. De vraag is welke houding de boventoon voert.`,
        leftRisk: `Partners worden uitvoerders; hun kennis en eigen verantwoordelijkheid blijven onbenut.`,
        rightRisk: `Niemand neemt besluiten of stelt grenzen, en de gemeente kan haar eigen verantwoordelijkheid niet waarmaken.`,
        extremes: `Bij -3 is gelijkwaardig samenwerken vrijwel onmogelijk en haken partners af. Bij +3 vervaagt de rol van de gemeente; zorg dan dat helder blijft wie waar over beslist en wie waarop aanspreekbaar is.`,
        gap: `- Wilt u meer samenspeler zijn: begin met een gezamenlijk plan en verdeel pas daarna opdrachten.
- Wilt u meer opdrachtgever zijn: maak afspraken over resultaat en verantwoording, en leg uit waarom.
- Bespreek met partners welke houding zij van de gemeente verwachten.`,
      },
    },
  },
  g = {
    title: `Organisatie en cultuur`,
    intro: `Een wijkaanpak vraagt een organisatie die snel en vanuit de wijk kan werken. Vaak zit de eigen systeemwereld in de weg: procedures, overleg en interne regels. In deze module kijkt u naar structuur, cultuur, bureaucratie en de ruimte voor professionals in de wijk. De Wijkengids (over borgen en over wat bestuurders elkaar aanraden), de Community of Practice Wijkaanpak en de bouwstenen voor de gemeente als netwerkpartner geven hier lessen over. Vier dilemma's helpen om keuzes bespreekbaar te maken.`,
    items: JSON.parse(
      `{"org.gebiedsgericht-norm":{"text":"Wij gebruiken de wijkaanpak als hefboom om de hele gemeente gebiedsgericht en vanuit de vraag te laten werken.","why":"Drie bronnen geven dezelfde les: gebruik de wijkaanpak als breekijzer. De Wijkengids en de Community of Practice willen dat de hele gemeente daardoor gebiedsgericht en vraaggestuurd gaat werken. De Wijkengids raadt bestuurders aan die manier van denken zo breed mogelijk in te zetten.","gap":"- Kijk welke afdelingen nog helemaal niet gebiedsgericht werken.\\n- Begin daar met één gebied en één gezamenlijke opgave.\\n- Neem gebiedsgericht werken op in het organisatieplan en in de opdrachten aan managers.","strength":"Gebiedsgericht werken is bij ons de gewone manier van werken geworden."},"org.iedereen":{"text":"Het versterken van de kracht van de wijk is bij ons een taak van de hele organisatie, niet van een paar collega's.","why":"De bouwstenen voor de gemeente als netwerkpartner zeggen: dit gaat iedereen aan. Het is de missie van de hele organisatie en hoort niet bij een paar dossiers of medewerkers. De gemeente moet dat ook actief uitdragen.","gap":"- Bespreek in elk managementteam wat de afdeling bijdraagt aan de kracht van de wijken.\\n- Vertel intern verhalen van collega's buiten het sociaal domein die iets voor de wijk deden.\\n- Neem het op in de introductie voor nieuwe medewerkers.","strength":"Alle afdelingen zien de kracht van de wijk als hun zaak."},"org.integraal-selectief":{"text":"Wij kiezen bewust welke opgaven we integraal aanpakken en welke sectoraal.","why":"Integraal werken is een waardevolle les van de wijkaanpak. Maar de Wijkengids en de Community of Practice waarschuwen: probeer niet alles integraal te organiseren. Een goede sectorale aanpak werkt soms beter dan het geforceerd verbinden van fysiek en sociaal.","gap":"- Maak een lijst van opgaven en bepaal per opgave: integraal, wijkgericht of sectoraal.\\n- Leg die keuze vast en bespreek haar in het college.\\n- Stop met integrale overleggen waar een sectorale aanpak volstaat.","strength":"Wij werken integraal waar het helpt, en sectoraal waar dat beter werkt."},"org.hulpstructuren":{"text":"Als wij een nieuwe structuur of een nieuw overleg invoeren, schaffen wij een bestaande af.","why":"De Wijkengids en de Community of Practice waarschuwen voor hulpstructuren die bovenop bestaande systemen worden gebouwd. Nieuwe structuren horen oude overbodig te maken. Anders groeit de organisatie dicht met overleg en regels.","gap":"- Breng in kaart welke overleggen en structuren er rond de wijkaanpak zijn.\\n- Spreek de regel af: één erbij, één eraf.\\n- Kijk elk jaar of alle structuren nog nodig zijn.","strength":"Nieuwe structuren vervangen bij ons oude; we stapelen niet."},"org.kanteling":{"text":"Wij investeren tijd en aandacht in een andere manier van denken en doen in de eigen organisatie.","why":"Drie bronnen noemen dit: steek op tijd energie in een andere manier van denken en werken, binnen de organisatie zoals die nu is. Het gaat om cultuur en houding, niet alleen om structuur. Volgens de Wijkengids kan de bestuurder zelf de trekker zijn van die omslag.","gap":"- Beschrijf samen met medewerkers welk gedrag past bij de wijkaanpak.\\n- Geef als bestuur en directie zelf het goede voorbeeld, bijvoorbeeld door vaker in de wijk te zijn.\\n- Maak ruimte voor training, intervisie en leren in de praktijk.","strength":"Wij werken actief aan een cultuur die past bij de wijkaanpak."},"org.snel-handelen":{"text":"Onze organisatie en de samenwerking in de keten zijn ingericht op snel handelen, niet op veel overleg.","why":"De Community of Practice vraagt om organisatie en ketenaanpak in te richten op snel handelen. Veel overleg en lange procedures remmen de aanpak in de wijk. Bewoners verwachten dat er iets gebeurt.","gap":"- Meet hoe lang het duurt van een signaal in de wijk tot actie.\\n- Haal stappen uit procedures die niets toevoegen.\\n- Leg beslissingen zo dicht mogelijk bij de wijk.","strength":"Wij kunnen snel schakelen als er in de wijk iets nodig is."},"org.bureaucratie":{"text":"Wij pakken bureaucratie aan door werkwijzen eenvoudiger en opener te maken, niet met nieuwe regels.","why":"De Wijkengids zegt: pak bureaucratie niet op een bureaucratische manier aan. Nieuwe regels en procedures om oude regels heen maken het alleen ingewikkelder. Het doel is een meer open manier van werken.","gap":"- Vraag professionals welke regels hen het meest hinderen.\\n- Schrap of vereenvoudig elk kwartaal een paar van die regels.\\n- Geef professionals ruimte om af te wijken als dat beter is voor de wijk.","strength":"Wij maken werkwijzen eenvoudiger in plaats van er regels bij te maken."},"org.collegas-wijk-in":{"text":"Wij nemen collega's die normaal niet in de wijk komen, bijvoorbeeld van Financiën, mee naar projecten.","why":"De Wijkengids raadt aan om mensen mee de praktijk in te nemen die daar normaal niet komen. Laat bijvoorbeeld de financiële afdeling een project bezoeken, en loop zelf ook eens een dag met die collega's mee. Zo ontstaat begrip aan beide kanten.","gap":"- Nodig elk kwartaal collega's van bijvoorbeeld Financiën, Juridische Zaken of Inkoop uit voor een bezoek aan de wijk.\\n- Loop zelf eens een dag mee op hun afdeling, zodat u hun werk beter begrijpt.\\n- Bespreek daarna samen wat er anders kan.","strength":"Ook collega's van ondersteunende afdelingen kennen de wijk uit eigen ervaring."},"org.frontlijn":{"text":"Onze beste mensen werken in de frontlijn en hebben daar het mandaat om zelf te beslissen.","why":"De Wijkengids raadt bestuurders aan de beste mensen in de frontlijn te zetten. Het mandaat hoort op dat niveau te liggen, zodat zij niet steeds om toestemming hoeven te vragen. Ook moeten zij snel kunnen opschalen als dat nodig is.","gap":"- Kijk wie er nu in de frontlijn werkt en of zij de juiste ervaring hebben.\\n- Leg vast welke besluiten zij zelf mogen nemen.\\n- Maak een korte lijn naar management en bestuur voor als opschalen nodig is.","strength":"Sterke professionals in de wijk hebben mandaat en een korte lijn naar boven."},"org.verbinden-collegas":{"text":"Wij brengen gemotiveerde collega's bij elkaar, los van hun afdeling of programma.","why":"De Wijkengids raadt bestuurders aan om mensen te verbinden die ervoor willen gaan, los van de indeling in diensten en programma's. Zulke mensen vinden elkaar niet vanzelf. Samen kunnen zij de organisatie in beweging brengen.","gap":"- Organiseer een bijeenkomst voor collega's uit alle afdelingen die met de wijken bezig zijn.\\n- Start een netwerk of werkgroep rond één wijk of opgave.\\n- Geef deze collega's tijd en erkenning voor hun inzet.","strength":"Gemotiveerde collega's vinden elkaar over afdelingen heen."},"org.buiten-naar-binnen":{"text":"Onze professionals nemen de wijk als vertrekpunt voor hun werk, niet de nota's en de administratie.","why":"De Wijkengids vraagt om professionals van buiten naar binnen te laten werken. Wie veel tijd kwijt is aan nota's, beleid en administratie, heeft minder tijd voor bewoners. De wijk hoort het vertrekpunt te zijn.","gap":"- Vraag professionals hoeveel tijd zij kwijt zijn aan nota's en administratie.\\n- Schrap rapportages die niemand gebruikt.\\n- Spreek af dat professionals het grootste deel van hun tijd in de wijk zijn.","strength":"Onze professionals zijn vooral in de wijk, niet achter hun bureau."},"org.netwerken-taak":{"text":"Netwerken opbouwen en onderhouden hoort bij ons gewoon bij het werk van alle medewerkers.","why":"De bouwstenen voor de gemeente als netwerkpartner zeggen: bouwen aan de gemeenschap is gewoon ons werk. Netwerken is geen extra taak voor een paar mensen, maar werk van iedereen. Dat vraagt ook tijd en ruimte in de planning.","gap":"- Neem netwerken op in functieprofielen en in de gesprekken over de jaarplanning.\\n- Geef medewerkers tijd om in de wijk kennis te maken met partners.\\n- Deel contacten en netwerken binnen het team.","strength":"Netwerken is bij ons gewoon werk, voor iedereen."},"org.budgethouder":{"text":"Wij hebben één centrale budgethouder voor de wijkaanpak.","why":"De Wijkengids raadt één centrale budgethouder aan. Dat scheelt de uitvoering veel administratie, omdat zij niet bij allerlei potjes hoeft aan te kloppen. Ook is duidelijk wie over het geld beslist.","gap":"- Breng in kaart uit hoeveel budgetten de wijkaanpak nu wordt betaald.\\n- Wijs één budgethouder aan die over deze middelen beslist.\\n- Maak de verantwoording voor de uitvoering zo eenvoudig mogelijk.","strength":"Eén budgethouder houdt de administratie voor de uitvoering licht."},"org.aparte-organisatie":{"text":"Wij hebben bewust besloten of de aanpak van multiprobleemhuishoudens en frontlijnwerk een aparte organisatie nodig heeft.","why":"Volgens de Wijkengids kunnen gewone gemeentelijke diensten vaak slecht uit de voeten met de aanpak van multiprobleemhuishoudens en frontlijnwerk. Een aparte organisatie kan dan nodig zijn. Belangrijk is dat u die keuze bewust maakt, en niet aan het toeval overlaat.","gap":"- Kijk hoe de aanpak van multiprobleemhuishoudens nu loopt en waar die vastloopt.\\n- Weeg de voor- en nadelen van een aparte organisatie af.\\n- Leg de keuze vast en evalueer haar na een vaste periode.","strength":"Wij hebben een bewuste keuze gemaakt over hoe het frontlijnwerk is georganiseerd."},"org.dilemma-programma":{"text":"Hoe organiseren wij de wijkaanpak?","left":"De wijkaanpak als apart programma","right":"Gebiedsgericht werken als norm voor de hele organisatie","why":"De Community of Practice noemt dit een van de dilemma's bij het verankeren van de wijkaanpak. Een apart programma geeft focus, budget en herkenbaarheid. Maar de Wijkengids, de Community of Practice en de bouwstenen voor de gemeente als netwerkpartner willen dat gebiedsgericht werken de norm wordt voor de hele gemeente.","leftRisk":"De wijkaanpak blijft een eiland; de rest van de organisatie verandert niet.","rightRisk":"De aanpak verwatert en verliest eigen geld, focus en zichtbaarheid.","extremes":"Bij **−3**: kijk of de aanpak niet afhangt van één wethouder en een paar mensen; dan dreigt een hobby. Bij **+3**: ga na of iemand de voortgang nog bewaakt en aanspreekbaar is.","gap":"Wilt u naar rechts? Gebruik het programma als breekijzer: neem gebiedsgericht werken op in de opdrachten van alle afdelingen en bouw het programma stap voor stap af. Wilt u naar links? Geef het programma een heldere opdracht, een eigen budget en een einddatum."},"org.dilemma-structuur-cultuur":{"text":"Waar leggen wij de nadruk bij het veranderen van de organisatie?","left":"De organisatiestructuur kantelen","right":"Cultuur en houding veranderen","why":"Ook dit dilemma komt uit de Community of Practice. De Wijkengids en de Community of Practice zeggen dat nieuwe structuren oude moeten vervangen, en dat u moet investeren in een omslag in denken en doen. Het inzicht over verankering vraagt om een mix van beide.","leftRisk":"Nieuwe teams en structuren op papier, terwijl mensen blijven werken zoals ze gewend waren.","rightRisk":"Goede bedoelingen lopen vast op oude structuren, regels en budgetten.","extremes":"Bij **−3** en bij **+3**: de Community of Practice raadt een mix aan van ingrepen in structuur en in mentaliteit. Alleen de ene kant werkt zelden.","gap":"Wilt u meer op structuur inzetten? Zorg dan dat elke nieuwe structuur een oude vervangt. Wilt u meer op cultuur inzetten? Investeer in het voorbeeldgedrag van leidinggevenden, in leren in de wijk en in mensen die achter hun computer vandaan komen."},"org.dilemma-bureaucratie":{"text":"Hoe pakken wij bureaucratie aan?","left":"Bureaucratie confronteren en openbreken","right":"Ambtenaren verleiden en toerusten","why":"De Community of Practice noemt dit een dilemma. Confronteren past bij de les om zakelijk te zijn en zo nodig met de vuist op tafel te slaan. Verleiden past bij de Wijkengids: pak bureaucratie niet bureaucratisch aan en neem collega's mee de wijk in. Het inzicht over verankering vraagt om stimuleren én confronteren.","leftRisk":"Collega's voelen zich aangevallen en gaan in de verdediging.","rightRisk":"Er verandert weinig; oude gewoonten blijven bestaan.","extremes":"Bij **−3**: let op dat u geen bondgenoten in de organisatie kwijtraakt. Bij **+3**: kijk of er echt iets verandert, en durf te confronteren als het niet opschiet.","gap":"Wilt u meer confronteren? Benoem concreet welke regels of overleggen de wijk hinderen en zorg dat ze verdwijnen. Wilt u meer verleiden? Neem collega's mee de wijk in, geef hun handige instrumenten en laat zien wat het oplevert."},"org.dilemma-integraal":{"text":"Hoe integraal werken wij?","left":"Alles integraal organiseren","right":"Een goede sectorale aanpak waar dat kan","why":"Integraal werken is een sterke les uit de wijkaanpak, en de Wijkengids vraagt om de opbrengst ervan te laten zien. Maar de Wijkengids en de Community of Practice waarschuwen ook: wil niet alles integraal regelen. Soms is een goede sectorale aanpak beter.","leftRisk":"Veel overleg en afstemming, weinig resultaat; fysiek en sociaal worden geforceerd aan elkaar gekoppeld.","rightRisk":"Problemen die samenhangen worden los van elkaar aangepakt; bewoners krijgen met veel loketten te maken.","extremes":"Bij **−3**: kijk of alle integrale overleggen iets opleveren. Bij **+3**: let op huishoudens en wijken met problemen op meerdere terreinen tegelijk.","gap":"Wilt u meer sectoraal werken? Bepaal per opgave of integraal werken echt iets toevoegt en stop overleggen waar dat niet zo is. Wilt u meer integraal werken? Kies een paar opgaven waar samenhang het verschil maakt en geef die één team en één budget."},"org.open-systeemwereld":{"text":"Hoe voorkomen wij dat we vastlopen in onze eigen procedures, overleggen en interne logica?","why":"De Community of Practice stelt deze vraag bij de lessen over de systeemwereld. Elke organisatie heeft eigen regels en gewoonten. Die kunnen ongemerkt belangrijker worden dan wat er in de wijk gebeurt.","hint":"Denk aan een recent voorbeeld waarin een procedure of overleg iets in de wijk vertraagde. Wat had anders gekund?"}}`,
    ),
  },
  _ = {
    'hobby-risico': {
      title: `Risico: de wijkaanpak wordt de hobby van één wethouder`,
      advice: `U ziet de wethouder nu vooral als boegbeeld van de wijkaanpak. Tegelijk is de aanpak nog weinig verankerd in het college, de raad en de ambtelijke top. Dan kan de rest van de organisatie de aanpak zien als een persoonlijk project. Vertrekt de wethouder, dan verdwijnt de aanpak vaak mee. Vijf lessen uit drie bronnen wijzen hierop.

- Zet de wijkaanpak vaste keren per jaar op de agenda van het voltallige college.
- Koppel de doelen van de wijkaanpak aan de portefeuilles van andere wethouders, zoals werk, zorg en wonen.
- Maak een directeur of de gemeentesecretaris mede-eigenaar van de aanpak.
- Nodig raadsleden uit in de wijk en bespreek met de raad hoe de aanpak een verkiezing overleeft.`,
    },
    'programma-als-eiland': {
      title: `Risico: de wijkaanpak blijft een eiland in de organisatie`,
      advice: `U organiseert de wijkaanpak nu vooral als apart programma. Maar gebiedsgericht werken is nog geen gewoonte in de rest van de gemeente, of de bestuurlijke verankering is zwak. Geen van de bronnen pleit voor een los programma. Zij zien de wijkaanpak juist als hefboom om de hele organisatie gebiedsgericht te laten werken.

- Kies één of twee afdelingen buiten het programma die als eerste gebiedsgericht gaan werken.
- Spreek af welke werkwijzen uit het programma na afloop in de gewone organisatie blijven.
- Maak in de planning-en-controlcyclus zichtbaar wat elke afdeling bijdraagt aan de wijken.`,
    },
    vergadercircuit: {
      title: `Risico op een vergadercircuit`,
      advice: `U kiest sterk voor meer regie en coördinerende organen. Tegelijk scoort u laag op snel handelen, doorpakken of het opruimen van oude structuren. Dan groeit het aantal overleggen, maar niet het resultaat in de wijk. De Community of Practice waarschuwt voor taaie overlegcircuits die vooral draagvlak zoeken.

- Maak een lijst van alle overleggen over de wijkaanpak en schrap wat geen besluiten oplevert.
- Spreek af: voor elk nieuw overleg of orgaan verdwijnt er een bestaand.
- Geef de regievoerder mandaat om knopen door te hakken als een overleg vastloopt.
- Vraag in elk overleg: werken we aan waar bewoners wakker van liggen?`,
    },
    projectencarrousel: {
      title: `Risico: een carrousel van losse projecten`,
      advice: `U wilt een flexibele projectaanpak houden. Maar de lange adem is zwak: projecten wisselen snel, er is geen langjarige afspraak, of u stopt zelden met wat niet werkt. Dan ontstaat een carrousel van eenmalige projecten op tijdelijk geld. Bewoners en partners raken daar moe van, en de gemeente verliest geloofwaardigheid.

- Maak een overzicht van alle lopende projecten en bepaal per project: stoppen, doorgaan of blijvend maken.
- Spreek bij de start van elk nieuw project af wanneer het stopt of in het gewone werk opgaat.
- Verbind projecten aan één gedeeld verhaal over wat de wijk nodig heeft.
- Verken voor minstens één wijk een afspraak voor de lange termijn, zoals een wijkpact.`,
    },
    'ruimte-zonder-verantwoording': {
      title: `Ruimte voor initiatieven, maar hoe legt u verantwoording af?`,
      advice: `U geeft initiatieven uit de wijk ruimte, ook als vooraf niet vaststaat wat ze opleveren. Dat is een sterk punt. Maar uw monitoring en verantwoording zijn nog zwak. De bouwstenen voor de gemeente als netwerkpartner stellen hier twee vragen bij: hoe beoordeelt u een initiatief zonder vooraf bepaald doel, en wie kan dat het best beoordelen?

- Spreek met initiatiefnemers af hoe u achteraf samen terugkijkt, in plaats van vooraf doelen vast te leggen.
- Laat bewoners en partners meebeoordelen wat een initiatief heeft gebracht.
- Leg in uw verantwoording aan de raad uit waarom u ruimte geeft, en vertel eerlijk wat wel en niet lukte.`,
    },
    'kopieren-om-goede-pers': {
      title: `Let op: goede voorbeelden kopiëren zonder bewijs`,
      advice: `U haalt veel ideeën op bij andere gemeenten. Maar u toetst nog weinig of een aanpak echt werkt. De Community of Practice ziet dat goede voorbeelden vaak worden overgenomen omdat ze sympathiek zijn of goed in het nieuws komen. Of ze effect hebben, is dan niet bekend.

- Vraag bij elk voorbeeld: welke onderdelen zorgen voor het effect, en is dat onderzocht?
- Ga bij een werkbezoek ook in gesprek over wat **niet** werkte.
- Vraag of het voorbeeld ook werkt zonder de mensen die het elders tot een succes maakten.
- Pas een overgenomen aanpak aan op uw eigen wijk en meet wat het oplevert.`,
    },
    'blinde-vlek-kracht': {
      title: `Blinde vlek: de kracht van de wijk`,
      advice: `Uw aanpak en uw beeld van de wijk gaan vooral over problemen. Wat goed gaat en waar bewoners trots op zijn, komt weinig in beeld. Dan gaat u al snel dingen van buitenaf organiseren alsof er niets is. Zo mist u de netwerken en initiatieven die er al zijn.

- Vraag in elk gesprek met bewoners en partners ook: wat gaat hier goed?
- Neem in de wijkmonitor een paar gegevens op over sterke punten, zoals vrijwilligerswerk, verenigingen en ontmoetingsplekken.
- Breng in kaart welke netwerken en initiatieven er al zijn, voordat u iets nieuws begint.`,
    },
    'informatiepositie-zwak': {
      title: `Uw informatiepositie is nog niet op orde`,
      advice: `U antwoordde bij veel vragen over het wijkbeeld of over monitoring met 'weet niet'. Dat is op zich eerlijk. Maar het laat zien dat u niet goed zicht hebt op de wijk of op wat de aanpak oplevert. Zonder goede informatie is sturen lastig.

- Zoek uit wie in de organisatie de cijfers en signalen over de wijken beheert.
- Vraag een overzicht van wat u al meet en wat er ontbreekt.
- Bespreek de cijfers met bewoners en professionals, zodat feiten en ervaringen samen één beeld geven.`,
    },
    'geen-nulmeting': {
      title: `Geen beginpunt om resultaten aan te tonen`,
      advice: `U legt bij de start van een interventie de beginsituatie niet vast. Ook het meten van resultaten is nog zwak. Dan kunt u later niet laten zien wat er veranderd is, en kunt u ook niet op tijd bijsturen.

- Kies per interventie een paar kerngegevens en meet die vóór de start.
- Spreek vooraf af wanneer een project geslaagd is.
- Plan tussentijdse gesprekken met partners en uitvoerders om te kijken of u op koers ligt.
- Vergelijk waar mogelijk met een buurt waar de interventie niet loopt.`,
    },
    'corporaties-als-pinautomaat': {
      title: `Risico: corporaties als pinautomaat`,
      advice: `De relatie met de corporaties is nog niet gelijkwaardig. Het gesprek gaat vaak over wie wat betaalt, of de gemeente weet weinig van de corporatiewereld. De Community of Practice waarschuwt: behandel corporaties niet als geldbron voor de plannen van de gemeente. Zoek het gedeelde belang. Een goede wijk is ook goed voor het bezit van de corporatie.

- Voer een open gesprek over oud zeer en over wat beide partijen van elkaar verwachten.
- Begin overleggen met de gedeelde doelen in de wijk, en pas daarna met geld.
- Vergroot de kennis over de corporatiesector binnen de gemeente, ook over de financiële kant.`,
    },
    'alles-integraal': {
      title: `Denk na over wat integraal moet`,
      advice: `U wilt zoveel mogelijk integraal organiseren, maar u kiest nog niet bewust wat integraal moet en wat sectoraal kan. Integraal denken helpt. Maar als alles integraal moet, kost dat veel overleg en tijd. De bronnen zeggen: een goede sectorale aanpak is beter dan vastlopen in de wens om alles te verbinden.

- Kies samen met partners twee of drie opgaven die echt om een integrale aanpak vragen.
- Laat de andere opgaven bij de vakafdelingen, met heldere afspraken over afstemming.
- Kijk elk jaar of deze keuze nog klopt.`,
    },
    'nieuw-naast-bestaand': {
      title: `Risico: nieuwe organisaties naast wat er al is`,
      advice: `U zet nu vooral in op nieuwe organisaties. Tegelijk sluit u weinig aan bij wat er al is, of u bouwt nieuwe structuren zonder oude af te schaffen. Dan ontstaat een extra laag, en initiatieven die in de wijk zelf zijn gegroeid, raken in de knel. Nieuwe structuren moeten oude overbodig maken.

- Breng eerst in kaart welke instellingen, netwerken en initiatieven er al zijn.
- Vraag bij elke nieuwe organisatie: wat wordt hierdoor overbodig, en wanneer stoppen we daarmee?
- Kies bij twijfel voor versterken van wat er is, in plaats van iets nieuws van buitenaf.`,
    },
  },
  v = {
    title: `Koers en sturing`,
    intro: `Een goede wijkaanpak heeft een heldere koers en durft te kiezen. Focus, sturen op effect en stoppen met wat niet werkt horen daarbij. Het gaat ook om daadkracht: niet wachten tot iedereen het eens is. En het gaat om schaal: de wijk zet zaken op de agenda, maar veel oplossingen liggen bij stad en regio. De Wijkengids (wat bestuurders elkaar aanraden) en de Community of Practice Wijkaanpak geven hier de meeste lessen over.`,
    items: JSON.parse(
      `{"stu.anker-actie":{"text":"Wij zijn daadkrachtig: we proberen liever iets gedurfds dan dat we wachten tot iedereen het eens is.","why":"Actiegerichtheid is een van de tien inzichten van de Community of Practice. Wie blijft schaven aan plannen tot iedereen instemt, komt niet in beweging. Beter iets proberen wat nog niet af is, en achteraf uitleggen waarom u het deed.","gap":"- Kies één vastgelopen dossier en spreek een datum af waarop u hoe dan ook begint.\\n- Werk met kleine proeven in plaats van complete plannen.\\n- Spreek in het college af dat een mislukte proef geen afgang is, maar iets om van te leren.","strength":"Wij komen in actie en durven te proberen."},"stu.anker-schaal":{"text":"Wij schakelen soepel tussen buurt, wijk, stad en regio, zonder lange discussies over het juiste niveau.","why":"De Community of Practice waarschuwt voor principiële debatten over de vraag of de wijk wel het goede niveau is. De wijk heeft laten zien dat ze onderwerpen op de agenda zet en partijen verbindt. Het gaat erom dat u per vraagstuk het juiste niveau kiest en makkelijk kunt wisselen.","gap":"- Bepaal per opgave op welk niveau u meet, besluit en uitvoert.\\n- Zorg dat signalen uit de wijk een vaste weg hebben naar stedelijk en regionaal overleg.\\n- Stop discussies over 'het' juiste niveau en kies per vraagstuk.","strength":"Wij kiezen per vraagstuk het juiste niveau en wisselen makkelijk."},"stu.focus":{"text":"Onze wijkaanpak heeft één gezamenlijk doel voor de lange termijn en een paar heldere prioriteiten.","why":"De Wijkengids noemt focus als eerste tip voor bestuurders: één stip op de horizon die alle partners verbindt. Met te veel doelen tegelijk raakt de inzet versnipperd. Heldere prioriteiten maken het ook makkelijker om nee te zeggen.","gap":"- Formuleer met partners één doel voor de lange termijn, in gewone taal.\\n- Kies hooguit drie prioriteiten voor de komende periode.\\n- Toets nieuwe projecten aan dat doel voordat u ja zegt.","strength":"Iedereen kent ons doel en onze prioriteiten."},"stu.doorbraken":{"text":"Wij kiezen een paar doorbraken die andere veranderingen op gang brengen, en maken die ook echt waar.","why":"De Wijkengids raadt bestuurders aan zich hard te maken voor een klein aantal doorbraken met een sneeuwbaleffect. Beloven is niet genoeg: de doorbraak moet er ook komen. Dat geeft bewoners en partners vertrouwen.","gap":"- Kies met partners twee of drie doorbraken die veel in beweging zetten.\\n- Maak per doorbraak één persoon verantwoordelijk en zet er een datum op.\\n- Vertel bewoners wat er bereikt is, en wat nog niet.","strength":"Wij maken doorbraken waar die meer veranderingen in gang zetten."},"stu.outcome":{"text":"In onze afspraken met partners sturen wij op maatschappelijk effect, niet op aantallen producten of uren.","why":"De Wijkengids waarschuwt bestuurders voor productieafspraken over output. Aantallen trajecten of bijeenkomsten zeggen weinig over wat er in de wijk verandert. Sturen op effect (outcome) houdt het gesprek bij wat bewoners merken.","gap":"- Kijk in subsidie- en prestatieafspraken welke doelen over output gaan.\\n- Vervang die door een paar doelen over effect, samen met partners opgesteld.\\n- Bespreek de voortgang aan de hand van verhalen en cijfers over dat effect.","strength":"Onze afspraken gaan over wat er verandert in de wijk."},"stu.projecten-stoppen":{"text":"Wij kijken kritisch naar lopende projecten en stoppen met wat niet werkt.","why":"De Wijkengids vraagt bestuurders om de moed te hebben de projectencarrousel stil te zetten. Veel wijken hebben een lange rij losse projecten naast elkaar. Wie het kaf van het koren scheidt, maakt tijd en geld vrij voor wat wel werkt.","gap":"- Maak een lijst van alle lopende projecten in de wijken.\\n- Beoordeel ze met partners op wat ze bijdragen aan het doel.\\n- Stop met minstens één project dat weinig oplevert en leg uit waarom.","strength":"Wij durven te stoppen met wat niet werkt."},"stu.doorpakken":{"text":"Als overleg niet opschiet, grijpen wij in en hakken wij een knoop door.","why":"De Community of Practice waarschuwt voor taaie vergadercircuits die vooral bedoeld zijn om af te stemmen en draagvlak te zoeken. Wees zakelijk, en sla zo nodig met de vuist op tafel. Zo blijft er tijd over voor de wijk.","gap":"- Geef elk overleg een duidelijk doel en een einddatum.\\n- Spreek af wie beslist als partijen het niet eens worden.\\n- Stop met overleggen die al lang geen besluiten meer opleveren.","strength":"Wij blijven niet hangen in overleg; wij hakken knopen door."},"stu.verantwoorden-achteraf":{"text":"Wij komen in actie, ook als niet alle mandaten en afspraken vooraf rond zijn.","why":"Volgens de Community of Practice is een actieve, zelfs activistische houding nodig om dingen in beweging te krijgen. Die houding past niet altijd binnen mandaten en overeenstemming vooraf. U kunt beter achteraf uitleggen wat u deed, dan wat u liet liggen.","gap":"- Geef medewerkers in de wijk ruimte om te handelen en achteraf verantwoording af te leggen.\\n- Spreek met het bestuur af welke risico's aanvaardbaar zijn.\\n- Bespreek regelmatig wat goed ging en wat niet, zonder naar schuldigen te zoeken.","strength":"Wij durven te handelen en leggen daarna open verantwoording af."},"stu.brug":{"text":"De wijkaanpak verbindt bij ons de straat met de stad, en bewoners met het bestuur.","why":"De Community of Practice ziet de wijkaanpak als een brug: tussen wat er op straat gebeurt en het beleid van de stad, en tussen inwoners en bestuur. Die brug werkt alleen als signalen echt twee kanten op gaan.","gap":"- Zorg dat signalen uit de wijk op een vaste manier bij bestuur en beleid komen.\\n- Laat bestuurders regelmatig aanschuiven bij bewoners in de wijk.\\n- Laat bewoners weten wat er met hun signalen is gedaan.","strength":"Bij ons is de wijkaanpak een echte brug tussen straat en stadhuis."},"stu.stad-regio":{"text":"Wij koppelen wat in de wijk speelt aan oplossingen op het niveau van stad en regio, zoals werk en wonen.","why":"De Community of Practice zegt dat de wijkaanpak alleen betekenis houdt als hij verbonden is met wat stad en regio kunnen oplossen. Werkloosheid of woningnood los je niet op in één wijk. De wijk brengt het probleem in beeld; de oplossing ligt vaak hoger.","gap":"- Breng in beeld welke problemen in de wijk een stedelijke of regionale oplossing vragen.\\n- Zet die onderwerpen op de agenda van regionale overleggen.\\n- Maak afspraken met regionale partners over hun bijdrage in de wijken.","strength":"De wijk staat bij ons niet op zichzelf; stad en regio doen mee."},"stu.dilemma-regie":{"text":"Hoe gaan wij om met overleg en afstemming in de wijkaanpak?","left":"Snoeien in overleg en afstemming","right":"Meer regie en coördinerende organen","why":"De Community of Practice noemt dit een van de dilemma's bij het verankeren van de wijkaanpak. Minder overleg geeft ruimte om te handelen. Meer regie kan zorgen voor samenhang, bijvoorbeeld met één gedeeld doel en één centrale budgethouder, zoals de Wijkengids aanraadt.","leftRisk":"Partners werken langs elkaar heen; niemand bewaakt de samenhang.","rightRisk":"Nieuwe overleggen stapelen zich op; er ontstaat een vergadercircuit zonder daadkracht.","extremes":"Bij **−3**: kijk of er nog iemand de grote lijn bewaakt. Bij **+3**: tel het aantal overleggen en kijk wat ze opleveren. Veel regie met weinig resultaat wijst op een vergadercircuit.","gap":"Wilt u meer naar links? Schrap overleggen die geen besluiten opleveren en richt de organisatie in op snel handelen. Wilt u meer naar rechts? Kies voor lichte regie: één gedeeld doel en één budgethouder, zonder nieuwe lagen overleg."},"stu.dilemma-projecten":{"text":"Hoe kijken wij naar projecten in de wijkaanpak?","left":"Stoppen met de projectencarrousel","right":"Een flexibele projectaanpak houden","why":"De Wijkengids vraagt bestuurders de stroom losse projecten te stoppen, en de Community of Practice vraagt om een lange adem. Maar dezelfde Community of Practice zegt ook dat een tijdelijk initiatief tijdelijk mag blijven, en dat nieuwe aanpakken vaak klein beginnen. Beide kanten hebben dus goede argumenten.","leftRisk":"U verliest ruimte om te experimenteren en om snel in te spelen op nieuwe kansen.","rightRisk":"Projecten volgen elkaar op zonder samenhang; bewoners en partners raken moe van steeds iets nieuws.","extremes":"Bij **−3**: houd ruimte voor kleine proeven en tijdelijke initiatieven. Bij **+3**: kijk of er naast projecten ook vaste inzet is met een lange adem.","gap":"Wilt u naar links? Maak een overzicht van lopende projecten, stop wat niet werkt en bouw met langjarige afspraken voort op wat wel werkt. Wilt u naar rechts? Houd een klein budget vrij voor proeven en spreek vooraf af wanneer een project stopt of blijvend wordt."},"stu.dilemma-tempo":{"text":"Hoe komen wij tot actie?","left":"Snel handelen en achteraf verantwoorden","right":"Eerst draagvlak en overeenstemming","why":"De Community of Practice kiest duidelijk voor actie: leg liever achteraf uit wat u deed. De tips uit Zaanstad leggen meer nadruk op een gedragen aanpak, met de kennis van partners en feiten uit onderzoek waar iedereen achter kan staan. Het helpt om bewust te kiezen waar u staat.","leftRisk":"Partners voelen zich gepasseerd en haken af; besluiten worden later teruggedraaid.","rightRisk":"Plannen blijven liggen tot iedereen het eens is; de wijk merkt niets.","extremes":"Bij **−3**: let op of partners nog meedoen en of u uw keuzes achteraf goed uitlegt. Bij **+3**: kijk hoe lang besluiten duren en wat de wijk intussen merkt.","gap":"Wilt u sneller handelen? Begin met kleine stappen zonder volledig draagvlak en leg daarna open verantwoording af. Wilt u meer draagvlak? Betrek partners eerder, gebruik hun kennis en onderbouw keuzes met onderzoek."},"stu.dilemma-schaal":{"text":"Op welk niveau sturen wij vooral?","left":"De wijk als sturingsniveau","right":"Stad en regio als sturingsniveau","why":"De Community of Practice wil wijkgerichte sturing onmisbaar maken: de wijk zet onderwerpen op de agenda en verbindt partijen. Maar dezelfde bron zegt dat de wijkaanpak pas betekenis houdt als hij gekoppeld is aan wat stad en regio kunnen oplossen, ook in de samenwerking met corporaties.","leftRisk":"Problemen met oorzaken buiten de wijk, zoals werk en wonen, blijven liggen.","rightRisk":"Het zicht op wat bewoners echt bezighoudt verdwijnt; beleid wordt ver van de straat gemaakt.","extremes":"Bij **−3**: kijk welke problemen u binnen de wijk niet kunt oplossen. Bij **+3**: ga na of signalen uit de wijk nog op tafel komen. Volgens de Community of Practice gaat het vooral om soepel schakelen tussen de niveaus.","gap":"Wilt u meer vanuit de wijk sturen? Geef wijkteams mandaat en budget en laat signalen uit de wijk de agenda mee bepalen. Wilt u meer op stad en regio sturen? Koppel de wijkaanpak aan stedelijke en regionale afspraken over werk, wonen en zorg."}}`,
    ),
  },
  y = {
    title: `Bestuurlijke verankering`,
    intro: `Een wijkaanpak heeft bestuurders nodig die er echt achter staan. Maar als maar één wethouder de aanpak draagt, zien anderen het al snel als een hobby. In deze module kijkt u of raad, college en ambtelijke top de wijkaanpak samen dragen, en welke rol u als bestuurder zelf speelt. De Wijkengids (over borgen op bestuurlijk niveau en over wat bestuurders elkaar aanraden) en de Community of Practice Wijkaanpak zeggen hier veel over. De bouwstenen voor de gemeente als netwerkpartner stellen een vraag over de rol van de raad.`,
    items: {
      'ver.anker': {
        text: `De wijkaanpak is bij ons stevig verankerd in politiek en organisatie, en hangt niet af van losse projecten.`,
        why: `De Community of Practice noemt stevige verankering in bestuur en organisatie een van de tien kerninzichten. Dat vraagt een mix van maatregelen: in de structuur én in de houding van mensen, stimulerend én soms confronterend. Zo wordt de aanpak minder afhankelijk van losse projecten.`,
        gap: `- Maak een overzicht: waar is de wijkaanpak vastgelegd (coalitieakkoord, begroting, organisatieplan) en waar nog niet?
- Combineer een maatregel in de structuur (bijvoorbeeld gebiedsteams) met een maatregel voor houding en gedrag (bijvoorbeeld vaker de wijk in).
- Bespreek met Rijk en provincie hoe de aanpak ook bij hen aandacht houdt.`,
        strength: `De wijkaanpak is breed verankerd en overleeft een wisseling van project of persoon.`,
      },
      'ver.college-raad': {
        text: `De wijkaanpak staat op de agenda van het hele college en van de raad, niet alleen bij één wethouder.`,
        why: `De Wijkengids en de Community of Practice waarschuwen allebei: als één wethouder en een paar professionals de aanpak trekken, ziet de rest het als hun hobby. Daarom is verankering bij raad, college en ambtelijke top zo belangrijk. Een bestuurder kan die verankering in het college zelf regelen.`,
        gap: `- Zet de wijkaanpak minstens twee keer per jaar op de agenda van het voltallige college.
- Informeer de raad niet alleen met cijfers, maar nodig raadsleden ook uit in de wijk.
- Verbind de doelen van de wijkaanpak aan de portefeuilles van andere wethouders (werk, zorg, veiligheid, wonen).`,
        strength: `De wijkaanpak is van het hele college en de raad, niet van één persoon.`,
      },
      'ver.ambtelijke-top': {
        text: `Onze ambtelijke top draagt de wijkaanpak zichtbaar uit in de hele organisatie.`,
        why: `De Wijkengids en de Community of Practice noemen de ambtelijke top in één adem met raad en college. Zonder steun van directie en managers blijft de aanpak hangen bij een paar enthousiaste medewerkers. Vertrekken die, dan verdwijnt de aanpak met hen.`,
        gap: `- Maak een lid van de directie eigenaar van de wijkaanpak.
- Neem de doelen van de wijkaanpak op in de opdrachten aan afdelingshoofden.
- Laat de top elk jaar met de wijkteams de voortgang bespreken.`,
        strength: `De ambtelijke top draagt de wijkaanpak uit; het is geen zaak van een paar enthousiastelingen.`,
      },
      'ver.pleitbezorger': {
        text: `Als bestuurder komen wij in het college op voor de wijkaanpak, ook bij onderwerpen uit andere portefeuilles.`,
        why: `De Wijkengids ziet de bestuurder als pleitbezorger en hoeder van de integrale aanpak. Juist in het college kunt u zorgen dat andere portefeuilles rekening houden met de wijken. Dat gebeurt niet vanzelf; het vraagt steeds opnieuw aandacht.`,
        gap: `- Vraag bij elk collegevoorstel: wat betekent dit voor de wijken in de aanpak?
- Spreek met collega-wethouders af welke bijdrage hun portefeuille levert.
- Vraag uw ambtenaren om mee te kijken bij voorstellen van andere afdelingen.`,
        strength: `U bent in het college een vaste pleitbezorger van de wijkaanpak.`,
      },
      'ver.bestuurlijke-inzet': {
        text: `Onze partners merken dat bestuurders zich persoonlijk inzetten voor de wijkaanpak.`,
        why: `De Wijkengids stelt vast dat een wijkaanpak sterk afhangt van de inzet van bestuurders. Bewoners, corporaties, ondernemers en fondsen kunnen hard werken, maar zonder bestuurders bereiken ze minder. Die inzet moet ook zichtbaar zijn voor partners.`,
        gap: `- Ga regelmatig zelf de wijk in en spreek bewoners en partners.
- Vraag partners hoe zij uw inzet ervaren en wat zij van u nodig hebben.
- Spreek af wat u als bestuurder doet als partners vastlopen.`,
        strength: `Partners zien en voelen dat het bestuur achter de wijkaanpak staat.`,
      },
      'ver.rugdekking': {
        text: `Als bestuur geven wij rugdekking aan professionals die buiten de gebaande paden werken, zoals achter-de-voordeurteams.`,
        why: `De Wijkengids raadt bestuurders aan dekking te geven aan 'best persons', aan werk achter de voordeur en aan teams met verschillende vakgebieden. Zulk werk wijkt soms af van de regels en kan misgaan. Zonder steun van boven durven professionals dan minder.`,
        gap: `- Maak duidelijk hoeveel ruimte professionals hebben om van regels af te wijken.
- Spreek af wat u doet als iets misgaat: u staat erachter en u leert ervan.
- Zoek de 'best persons' in uw organisatie op en vraag wat zij nodig hebben.`,
        strength: `Professionals weten dat het bestuur hen steunt als zij nieuwe wegen gaan.`,
      },
      'ver.bondgenoten': {
        text: `Wij zoeken actief medestanders en sponsors voor de wijkaanpak, binnen en buiten de gemeente.`,
        why: `De Wijkengids en de Community of Practice geven dezelfde les: zoek zelf bondgenoten, binnen en buiten het eigen systeem. De Wijkengids voegt eraan toe dat u ook naar andere geldstromen moet zoeken. Hoe meer partijen meedoen, hoe steviger de aanpak staat.`,
        gap: `- Maak een kaart van mogelijke bondgenoten: andere afdelingen, corporaties, fondsen, bedrijven, zorgverzekeraars.
- Plan elk kwartaal een gesprek met een nieuwe mogelijke partner.
- Zoek naast het eigen budget ook andere geldbronnen, zoals fondsen of regionale middelen.`,
        strength: `Wij bouwen steeds aan een brede kring van bondgenoten en sponsors.`,
      },
      'ver.sociale-agenda': {
        text: `De wijkaanpak is bij ons de basis onder de sociale agenda van de gemeente.`,
        why: `De Wijkengids en de Community of Practice zien de wijkaanpak als fundament voor een sterke sociale agenda. In de wijk komt beleid het dichtst bij het leven van bewoners. Daar ziet u wat werkt en wat niet.`,
        gap: `- Leg in de sociale visie of het coalitieakkoord vast welke rol de wijkaanpak speelt.
- Gebruik wat u in de wijken leert bij het maken van nieuw sociaal beleid.
- Laat beleidsmakers uit het sociaal domein regelmatig meelopen met de wijkteams.`,
        strength: `De wijkaanpak is de basis onder ons sociale beleid.`,
      },
      'ver.dilemma-boegbeeld': {
        text: `Wie draagt bij ons de wijkaanpak?`,
        left: `De wethouder wijkaanpak is het boegbeeld`,
        right: `Het hele college draagt de aanpak`,
        why: `Een wethouder als gezicht van de aanpak geeft energie en herkenbaarheid; de Wijkengids laat zien hoe groot de rol van bestuurders is. Toch wijzen vijf lessen uit drie bronnen de andere kant op. Zonder verankering in het hele college, de raad en de ambtelijke top wordt de aanpak de hobby van één persoon.`,
        leftRisk: `De aanpak geldt als hobby van één wethouder en verdwijnt als die vertrekt.`,
        rightRisk: `Als iedereen verantwoordelijk is, voelt niemand zich eigenaar; de aanpak verliest gezicht en vaart.`,
        extremes: `Bij **−3** hangt alles aan één persoon. Vraag u af: wat gebeurt er na de volgende verkiezingen? Bij **+3** is de aanpak breed gedragen, maar kijk of iemand nog zichtbaar trekt en aanspreekbaar is.`,
        gap: `Wilt u van een boegbeeld naar een breed gedragen aanpak? Zet de wijkaanpak op de collegeagenda, verbind hem aan de portefeuilles van andere wethouders en betrek raad en ambtelijke top. Wilt u juist meer een boegbeeld? Laat één wethouder zichtbaar trekken, maar houd het college als geheel verantwoordelijk.`,
      },
      'ver.open-raad': {
        text: `Welke rol geeft u de gemeenteraad als de gemeente werkt als netwerkpartner?`,
        why: `De bouwstenen voor de gemeente als netwerkpartner noemen dit een van de lastige vragen. Als de gemeente ruimte geeft aan initiatieven zonder vooraf vast te leggen wat die opleveren, verandert ook de rol van de raad. De raad legt dan minder vooraf vast en gaat meer in gesprek over wat er gebeurt.`,
        hint: `Denk aan: wat wil de raad vooraf weten, hoe houdt hij zicht op resultaten, en hoe kunnen raadsleden zelf de wijk in?`,
      },
    },
  },
  b = {
    title: `Residents' lifeworld and strengths`,
    intro: `A neighbourhood approach only works when it connects with what residents themselves care about. This module looks at who holds the steering wheel, how we make room for residents' initiatives and how we build on what already goes well in the area. The Community of Practice on the neighbourhood approach offers the most lessons here, many of them aimed at frontline professionals. The five building blocks for the municipality as network partner ask us to back initiatives even when the outcome is uncertain. The Wijkengids (Neighbourhood Guide) stresses that residents should hear what became of their complaints and ideas.`,
    items: JSON.parse(
      `{"bew.leefwereld":{"text":"We work from residents' everyday lives: they hold the steering wheel, and we build on their initiatives.","why":"The Community of Practice puts this first among its insights on steering the neighbourhood approach. It means stepping out of the language and logic of policy, plans and procedures, and looking instead at what happens on the street, behind front doors and at school.","gap":"- Pick one current project and ask residents which priority they would set themselves.\\n- Let residents choose and bring in their own experts, with a budget they manage.\\n- Discuss as a team which plans come mainly from our own system logic.","strength":"Residents help set the course; we follow and support their initiatives."},"bew.kracht":{"text":"Our approach, and the story we tell about the area, also cover what goes well and what residents are proud of.","why":"The Community of Practice warns against an approach that rests on problems alone. The Wijkengids advises administrators to ask about an area's strengths as well as its problems. If you see the networks residents already have, you do not need to start from scratch.","gap":"- In every conversation about the area, also ask: what goes well here and what are you proud of?\\n- Map the networks residents already have, such as clubs, faith communities and street groups.\\n- Include the area's successes and strengths in every neighbourhood profile and council briefing.","strength":"We see the area as more than a problem and build on its strengths and networks."},"bew.wakker-liggen":{"text":"We check, with ourselves and our partners, whether we are working on what really keeps residents awake at night.","why":"The Community of Practice advises asking this question again and again. It stops meetings, procedures and our own targets from taking over. It is a simple test that keeps bringing us back to residents.","gap":"- Make 'what keeps residents awake?' a standing item on the neighbourhood meeting agenda.\\n- Hold new plans up against what residents have raised themselves in recent months.\\n- Go out into the area with the team regularly, just to listen, without an agenda.","strength":"We keep asking ourselves whether we are working on what truly matters to residents."},"bew.bewoners-sturen":{"text":"Our professionals assume that residents help run their neighbourhood, and they take a serving, mediating role.","why":"The Community of Practice asks professionals to work from this stance consistently. Residents are then not a target group but co-owners of their area and their lives. The professional helps, connects and mediates.","gap":"- Discuss with frontline professionals how their role changes when residents help steer.\\n- Adjust what we ask of partners: support for residents rather than a fixed service offer.\\n- Share examples where residents were in charge and the professional mainly made connections.","strength":"Our professionals treat residents as co-owners and work in a serving, mediating way."},"bew.loslaten":{"text":"When residents take something on themselves, we let go: we do not take it over or impose our own rules.","why":"The Community of Practice calls the urge to control a pitfall: participation protocols, professional standards or services we design ourselves. Residents who go their own way need room instead.","gap":"- Agree as a team when we deliberately hold back with a residents' initiative.\\n- Take a hard look at the rules and forms we impose on initiatives, and drop what is not needed.\\n- Ask initiators what they need from us, and provide just that.","strength":"We dare to let go and give headstrong residents room to act."},"bew.initiatief-ruimte":{"text":"We actively make room for initiatives by residents and local businesses, and our policy challenges and supports them.","why":"The five building blocks for the municipality as network partner start from this idea. Making room calls for a different way of working and of accounting for what we do. The source admits this is not always easy, but sees that as no reason to hold back.","gap":"- Create a simple route for initiators: one point of contact and a quick answer.\\n- Check which rules or grant conditions slow initiatives down for no good reason.\\n- Discuss with the council how we account for our choices when we give initiatives room.","strength":"Initiatives by residents and businesses get room and support from us."},"bew.ruimte-zonder-zekerheid":{"text":"We support a local initiative even when we do not know in advance exactly what it will deliver.","why":"The five building blocks for the municipality as network partner put it plainly: we do not demand certainty up front. Asking for a fixed outcome first stifles many good initiatives. It does call for a different way of following and judging them.","gap":"- Set aside a small budget for initiatives without a predefined result.\\n- Agree with initiators how and when we will look back together, instead of fixing goals beforehand.\\n- Discuss with the executive and the council how we will judge such initiatives afterwards.","strength":"We give initiatives room, even when the outcome is still open."},"bew.terugkoppeling":{"text":"Residents hear from us what happened to their complaint or idea.","why":"The Wijkengids treats feedback as a precondition for good communication with residents. Residents should also know what is expected of them. Complaints must not be parked as 'in progress'; taken together, they often say something about the area.","gap":"- Set a fixed period within which every resident gets a proper answer.\\n- Put complaints from one area side by side and look for patterns.\\n- Tell residents what we ask of them as well: their rights and duties.","strength":"Residents get an answer and know what was done with their input."},"bew.ontmoeting":{"text":"We use music, theatre or shared meals to bring neighbours together in an enjoyable way.","why":"The Community of Practice sees such activities as an easy, low-threshold way to bring people in a neighbourhood together. Enjoyment often works better than a formal meeting, and the contacts made can help later when problems arise.","gap":"- Support a street meal, a doorstep concert or community theatre that residents organise themselves.\\n- Ask residents which activities really draw people in their street.\\n- Link such activities to an existing place, such as a school or community centre.","strength":"We use culture and shared meals to connect the neighbourhood."},"bew.informele-plekken":{"text":"Before we open a new meeting place, we know which informal meeting places the neighbourhood already has.","why":"The Community of Practice advises against creating new places without a clear view of what exists. Shops, copy shops, clubs and public space are often where people already meet. A new place must genuinely add something.","gap":"- Walk the neighbourhood with residents and note where people meet now.\\n- For every plan for a new venue, spell out what it adds to what is already there.\\n- Prefer strengthening an existing place to opening one next to it.","strength":"We know the informal meeting places and build on them."},"bew.sociale-vaardigheden":{"text":"We invest in training, coaching or play to build the social skills of residents who feel let down by institutions.","why":"According to the Community of Practice this is vital for self-confidence and self-reliance. It concerns people who find it hard to build relationships and often feel victims of official bodies. The work can be targeted, through training, or playful, through theatre or music.","gap":"- Ask frontline professionals which residents struggle to connect with others or with services.\\n- Run a small pilot with coaching or community theatre for this group.\\n- Track with the participants what it brings them.","strength":"We help residents who get stuck with institutions to grow stronger in their relationships."},"bew.soorten-contact":{"text":"We look at every kind of social contact, from family to a nod on the stairs, before we call someone lonely.","why":"The Community of Practice asks us to tell different kinds of social ties apart. Some people have a strong family network, others mainly light contacts in the street. Missing this makes it easy to label residents as lonely or inactive.","gap":"- Discuss as a team which forms of contact we notice and which we overlook.\\n- In conversations with residents, also ask about light, everyday contacts.\\n- Be careful with labels in reports and case files.","strength":"We see the many forms of social contact in the neighbourhood."},"bew.kleine-dingen":{"text":"We deliberately look out for small things that make a big difference, such as a small win, a remarkable resident or an informal meeting spot.","why":"The Community of Practice calls this a sharp eye for what matters. Seemingly minor details can move an area forward, and a small intervention can set off a chain reaction: the power of the drop.","gap":"- Ask at every neighbourhood meeting: what small success did we see this month?\\n- Keep track of the residents and places that make a difference, and support them on purpose.\\n- Try out one small intervention and watch what it sets in motion.","strength":"We notice and use the small things that make a difference in the area."},"bew.eenvoudige-methoden":{"text":"Our methods are simple enough for residents and volunteers to use as well.","why":"The Community of Practice recommends simple methods that suit the world of the people involved, so that not only professionals can work with them. Speaking the language of the people and organisations concerned helps too.","gap":"- Test a method with a few residents: do they understand it and can they use it?\\n- Remove jargon from materials meant for the neighbourhood.\\n- Ask residents and volunteers how a method could be made simpler.","strength":"Our methods are simple and use the language of the neighbourhood."},"bew.dilemma-zekerheid":{"text":"How much certainty do we ask of a local initiative before we back it?","left":"Demand certainty up front","right":"Give room without a fixed outcome","why":"The five building blocks for the municipality as network partner ask for room without prior certainty. Other sources, such as the Wijkengids, call for a baseline measurement, proven effective elements and sharply defined results. Both sides have merit; what counts is a conscious choice for each situation.","leftRisk":"Good, unconventional initiatives drop out or never start, because they cannot promise results in advance.","rightRisk":"Later on we cannot show what the money and effort achieved, and support in the council wanes.","extremes":"At -3 the municipality becomes a counter full of forms and conditions, and the energy drains out of the neighbourhood. At +3 there is no conversation at all about quality and results; at the very least agree how, and with whom, you will look back afterwards.","gap":"- Make the intended course explicit in a short framework for initiatives: what do we ask beforehand, and what afterwards?\\n- If you want more room: start with a small, open budget and a review afterwards instead of goals up front.\\n- If you want more certainty: ask for a simple baseline and a few clear agreements, without taking the initiative over."},"bew.open-kwaliteit":{"text":"How do we judge whether an initiative is good if we never set out beforehand what it should deliver?","why":"The five building blocks for the municipality as network partner name this as one of the dilemmas of working as a network partner. Without predefined goals we need other ways to recognise and discuss quality.","hint":"Think of a recent initiative. How could you tell it was going well, or not? Which signals did you rely on?"},"bew.open-wie-beoordeelt":{"text":"Who is best placed to judge the quality of an initiative: the municipality, residents, partners or someone else?","why":"This question also comes from the five building blocks for the municipality as network partner. Once the municipality is no longer the sole commissioner, judging quality is not automatically our job.","hint":"Whom would you involve in the assessment, and what role would the municipality keep for itself?"}}`,
    ),
  },
  ee = {
    title: `Housing associations, businesses and funding`,
    intro: `Housing associations, businesses, schools and clubs have a strong influence on life in a neighbourhood. Without them the foundation of the neighbourhood approach is too narrow. This module covers the relationship with housing associations, the involvement of (social) entrepreneurs and how we fund the approach together. The Community of Practice on the neighbourhood approach offers many lessons on working with housing associations. The Wijkengids (Neighbourhood Guide) advises administrators to invest in partnership, a business case and a social cost-benefit analysis (SCBA, in Dutch MKBA).`,
    items: JSON.parse(
      `{"cof.partnerschap":{"text":"We have an equal, long-term partnership with the housing associations in which both sides commit themselves.","why":"The Community of Practice counts a lasting partnership with housing associations among its ten insights for the neighbourhood approach. Equal means equal in knowledge, contribution and respect. Do not expect the associations to pay for the municipality's ambitions, but do expect them to commit for a longer period.","gap":"- Hold a frank conversation with the associations about what each side expects from the partnership.\\n- Record shared interests and a term of several years in the performance agreements.\\n- Reconfirm the commitment whenever circumstances change.","strength":"The municipality and the housing associations are equal partners committed for years."},"cof.verdienmodel":{"text":"Together with housing associations, businesses and funds, we work on a business case that is attractive to them too.","why":"The Wijkengids advises administrators to invest in partnerships with housing associations, business and funds. That brings in money from outside the municipality, but only if the partners, health insurers for example, also gain from it.","gap":"- Map, for each partner, what stake they have in a better neighbourhood.\\n- Explore a joint investment in prevention with a health insurer or a fund.\\n- Set down agreements on contributions and returns in a formal agreement.","strength":"Partners co-invest because the approach pays off for them too."},"cof.gelijkwaardig":{"text":"We treat housing associations as equal partners, not as a source of money for our own plans.","why":"The Community of Practice warns against treating housing associations like a cash machine, which damages the relationship. Work towards equal relations and address old grievances from the past.","gap":"- Discuss openly with the associations what went wrong in the past and what could be better.\\n- Ask associations for their input on plans, not just for money.\\n- Take a critical look at municipal plans that rely on an association's money without its input.","strength":"Our relationship with the housing associations is equal and healthy."},"cof.levende-afspraken":{"text":"We adjust our agreements with housing associations when circumstances change, without dropping the long-term commitment.","why":"The Community of Practice sees agreements with housing associations as living documents. Circumstances change, so renegotiation is needed from time to time. At the same time, the parties hold each other to their commitment over a longer period.","gap":"- Schedule a fixed moment, for example once a year, to review the agreements with the associations.\\n- State in the agreements the minimum period the parties commit to.\\n- Agree how you will address it when one party fails to deliver.","strength":"Our agreements with the associations adapt over time yet keep us committed for the long run."},"cof.aanspreekpunt":{"text":"Housing associations have one fixed point of contact with us who handles their questions within the municipality.","why":"The Community of Practice notes that associations' willingness to act often runs aground at the municipality's many counters. It is up to the municipality to take that hassle away, and a single point of contact is a concrete way to do so.","gap":"- Appoint one contact person per association or per area who routes and tracks questions internally.\\n- Ask the associations where they get stuck in our organisation.\\n- Agree how quickly they will get an answer.","strength":"Housing associations do not get lost between our counters."},"cof.kennis-corporaties":{"text":"We have enough knowledge of the housing-association sector within the municipality, including its financial side.","why":"According to the Community of Practice, municipalities know too little about the financial side of housing associations. That makes it hard to sit at the table as equals. The source advises building that knowledge actively.","gap":"- Ask an association to explain how its finances and room for investment work.\\n- Make sure at least one colleague specialises in the sector's rules and finances.\\n- Share this knowledge with administrators and area teams.","strength":"We know the housing-association sector well, financially too."},"cof.gedeelde-belangen":{"text":"Our talks with housing associations centre on shared interests in the area, not on who pays from which pot.","why":"The Community of Practice advises against getting fixated on debates about levies and funding pots. Housing associations need the neighbourhood approach themselves: a good neighbourhood keeps their property valuable. That shared interest is a stronger starting point.","gap":"- Open talks with associations by asking what both sides want to achieve in the area.\\n- Show what the approach brings the association, for instance in the value of its stock.\\n- Take financial debates out of the neighbourhood meeting and hold them separately at board level.","strength":"The municipality and the associations work from shared interests in the area."},"cof.samen-bewoners":{"text":"Together with housing associations, we call on residents to take care of their own living environment.","why":"The Community of Practice advises doing this jointly rather than separately. The municipality and the association then also arrange together the support residents need. Residents get one clear message.","gap":"- Agree with the associations who addresses residents about what, and how.\\n- Organise support together, such as materials for a clean-up or a neighbourhood caretaker.\\n- Give residents who make an effort visible recognition.","strength":"The municipality and the associations jointly ask for and support residents' care for their surroundings."},"cof.stad-regio":{"text":"What we agree with housing associations in the neighbourhood fits our agreements with them at city and regional level.","why":"The Community of Practice asks us to connect cooperation in the neighbourhood with cooperation at a larger scale. Many of the associations' choices, on new building and allocation for instance, are made at city or regional level. Stand-alone neighbourhood deals can otherwise founder there.","gap":"- Compare the neighbourhood agreements with the city's performance agreements and the regional housing agreements.\\n- Make sure the same people, or well-connected colleagues, sit at both tables.\\n- Actively raise bottlenecks from the neighbourhood in city and regional talks.","strength":"Our agreements with the associations at neighbourhood, city and regional level fit together."},"cof.open-over-sloop":{"text":"When homes are demolished or renovated, we tell residents openly which choice we are making and why.","why":"The Community of Practice points to the tension between displacement and emancipation in building, renovation and demolition plans. Make a clear choice and be open about it. Otherwise the municipality loses credibility with residents who see their homes disappear.","gap":"- Work out a clear account of what the plans are for, together with the housing association.\\n- Tell residents early on what will happen and what it means for them.\\n- Agree who speaks to residents on behalf of the municipality and the association.","strength":"Residents know where they stand when demolition or renovation is planned."},"cof.dilemma-verdringing":{"text":"Which course do we take with demolition, renovation and new building in the neighbourhood?","left":"Displacement: the area changes through new residents","right":"Emancipation: current residents get chances to move up","why":"The Community of Practice names this tension without taking a side. What matters is that the municipality and the associations choose clearly and are open about it. Other lessons about building on residents' strengths point more towards emancipation.","leftRisk":"Current residents feel pushed out, problems move to other neighbourhoods and trust in the municipality falls.","rightRisk":"The area stays one-sided and vulnerable, and residents who do get ahead move away anyway.","extremes":"At -3: also look at the effects on the areas where departing residents end up. At +3: ask whether the housing stock offers enough chances to those who want to stay in the area and get ahead.","gap":"- Make the intended course explicit in a joint decision by the municipality and the associations.\\n- Tell residents openly what the change of course means for them.\\n- Review together which demolition or renovation plans fit the new course and which do not."},"cof.vastgoed-herzien":{"text":"When money is tight or budgets are cut, we review demolition plans and costly plans for community buildings again.","why":"The Community of Practice saw a period of cuts as a chance to take a hard second look at such plans. That still holds: when money is scarce, it pays to check whether things can be done more simply or differently. Sometimes renovation or reuse serves the area better.","gap":"- List all major property plans in the area with their costs and expected benefits.\\n- Explore with associations and partners whether existing buildings can be given a new use.\\n- Discuss with residents which facilities are really needed.","strength":"We test major property plans critically for usefulness and affordability."},"cof.ondernemers":{"text":"We link businesses, schools and clubs to concrete social challenges in the neighbourhood.","why":"The Community of Practice counts mobilising social entrepreneurship among its ten insights: without these partners the foundation is too narrow. The Wijkengids likewise advises administrators to connect entrepreneurs with issues from the neighbourhood itself. Think of supermarkets, small firms, sports clubs and schools helping with jobs, young people or public space.","gap":"- Map which businesses, schools and clubs are already active in the area.\\n- Match a concrete challenge, such as work placements or youth activities, with a business that wants to help.\\n- Invite entrepreneurs to the neighbourhood meeting.","strength":"Businesses, schools and clubs actively contribute to the area's social challenges."},"cof.mkba":{"text":"We use a social cost-benefit analysis (SCBA) to win other parties over as co-funders of the approach.","why":"The Wijkengids advises administrators to use an SCBA, starting with the analyses that already exist. An SCBA shows who benefits from the approach. That helps to get new parties to contribute, especially for prevention in health and safety.","gap":"- Find out which SCBAs already exist for similar approaches.\\n- Commission an SCBA for one part of the approach, such as prevention.\\n- Use the results in talks with health insurers, housing associations and other parties.","strength":"An SCBA shows who benefits, and it helps us win co-funders."},"cof.buurtbeheerfonds":{"text":"We have explored, with housing associations and other partners, the options for a neighbourhood management fund.","why":"The Community of Practice advises looking into the options for a neighbourhood management fund. Such a fund pools partners' money for looking after the neighbourhood, and makes the effort less dependent on one-off projects.","gap":"- Explore with housing associations and other partners who would contribute to a joint fund.\\n- Agree what the fund is for and who decides on spending; involve residents.\\n- Look at how other municipalities have set up such a fund.","strength":"We have a neighbourhood management fund or have explored the options thoroughly."}}`,
    ),
  },
  te = {
    title: `Information position & neighbourhood picture`,
    intro: `A good neighbourhood approach starts with a good picture of the neighbourhood. That picture covers problems as well as strengths, figures as well as what residents experience. The Wijkengids (*What administrators advise each other*) treats a sound information position as a precondition for administrators. The Wijkengids section on embedding and the Community of Practice add: measure at the right scale, make sense of the figures together and watch for tipping points. This module helps you check whether your municipality knows what is going on in its neighbourhoods.`,
    items: {
      'inf.kracht': {
        text: `Our picture of the neighbourhood shows not only its problems but also its strengths.`,
        why: `If you only look at problems, you miss what residents are proud of and what they already do together. The Wijkengids advises administrators to ask about a neighbourhood's strengths as well. The Community of Practice agrees: base both the approach and the image of the area on what is going well too.`,
        gap: `- In every neighbourhood conversation, also ask: what works well here, and what are people proud of?
- Next to the problem figures, keep an overview of active residents, networks, places and initiatives.
- Give every neighbourhood profile a standard section on its strengths.`,
        strength: `Our neighbourhood picture shows both the worries and the strengths.`,
      },
      'inf.beleving-feiten': {
        text: `We combine what residents experience with factual data into a single picture of the neighbourhood.`,
        why: `Figures show what happens, not how people experience it. An area can look fine in the statistics and still feel unsafe. The Wijkengids therefore says that subjective and objective information together give the best picture.`,
        gap: `- Add a resident survey or street conversations to the neighbourhood monitor.
- Put figures and experiences side by side in one neighbourhood profile.
- Discuss where they contradict each other: that is often where the real story lies.`,
        strength: `Our neighbourhood picture rests on both data and lived experience.`,
      },
      'inf.schaal': {
        text: `We also look at figures per block or street, so that a problem spot in an affluent district is not lost in the average.`,
        why: `An average can hide a great deal. A district that is doing well may contain a street or block where things are going badly. The Wijkengids warns about this, and the Community of Practice recommends measuring at block level, where the figures say more.`,
        gap: `- Ask for research and statistics at block or postcode level.
- Look for places that lag behind in 'good' districts too.
- Ask community police officers, neighbourhood teams and housing associations which streets stand out.`,
        strength: `We also see the problems that disappear in the average.`,
      },
      'inf.samen-duiden': {
        text: `We discuss the figures on the neighbourhood with residents and professionals before drawing conclusions.`,
        why: `Figures only mean something once you can explain them. Residents and professionals know what lies behind a number. Both parts of the Wijkengids advise interpreting figures together, so that the picture on paper matches what happens on the street.`,
        gap: `- Hold a yearly interpretation session per neighbourhood with residents, frontline professionals and partners.
- Don't just circulate figures; talk them through.
- Write down how the conversation changes your conclusions.`,
        strength: `We make sense of figures together with the people who know the area.`,
      },
      'inf.kantelpunten': {
        text: `We track early signs that an area is tipping, whether downwards or upwards.`,
        why: `If you only respond once the figures are bad, you are too late. The Wijkengids asks administrators to keep a close eye on turning points in neighbourhoods. The Community of Practice adds: look not only for signs of decline but also for what is lifting an area.`,
        gap: `- Agree with partners which signals you will track together, such as moves, vacancies, reports or new initiatives.
- Ask frontline professionals to pass on striking changes straight away.
- Review the signals every quarter, not just when the annual figures come out.`,
        strength: `We see tipping points coming in time.`,
      },
      'inf.voedingsbodem': {
        text: `Before choosing an intervention, we check whether it suits the residents and the neighbourhood.`,
        why: `An approach that works elsewhere will not catch on everywhere. The Wijkengids section on embedding calls this the breeding ground of an intervention: does it fit the target group and the area? Checking this beforehand prevents waste and disappointment.`,
        gap: `- Describe in advance who the intervention is for and why it fits this neighbourhood.
- Test that choice with residents and frontline professionals.
- Record your assumptions so you can later see whether they held.`,
        strength: `We choose interventions that fit the neighbourhood.`,
      },
      'inf.nulmeting': {
        text: `When an intervention starts, we record the starting situation in a baseline measurement.`,
        why: `Without a starting point you cannot show later what has changed. The Wijkengids section on embedding names the baseline as the first step towards measuring whether an intervention fits and delivers.`,
        gap: `- Choose a few key indicators per intervention and measure them before the start.
- Use existing sources, such as the neighbourhood monitor or a resident survey, where possible.
- Agree who keeps the baseline and when you will measure again.`,
        strength: `We know where we started.`,
      },
      'inf.uitstraling': {
        text: `We also look at an intervention's effects outside its own area, for example problems shifting to other neighbourhoods.`,
        why: `An intervention can help one area while pushing problems into the next. It can also work the other way: a good approach can benefit the surroundings. The Wijkengids section on embedding asks you to watch for these effects too.`,
        gap: `- Include adjacent neighbourhoods in the monitor.
- Ask partners in surrounding areas what changes they notice.
- Discuss displacement and spill-over in every evaluation.`,
        strength: `We look beyond the boundary of our own area.`,
      },
    },
  },
  x = {
    title: `Learning, good practice & continuity`,
    intro: `A neighbourhood approach improves when you keep learning, both from your own practice and from others. The Community of Practice offers lessons on 'transplanting' good practice: borrow freely, but adapt it, start small and let it grow. The Zaanstad tips, the building blocks for the municipality as network partner and the Wijkengids call for time and room to learn, evidence of what works and staying power. This module looks at how your municipality learns and whether it keeps going.`,
    items: {
      'ler.anker': {
        text: `We don't roll out new approaches in one go; we let them start small and grow in the neighbourhood.`,
        why: `The Community of Practice counts this among its ten insights on steering the neighbourhood approach: learn from elsewhere, adapt to local practice, start small and let it spread. An approach rolled out from above often fails to take root.`,
        gap: `- Start a new approach in one area or with one group first.
- Evaluate after a short time and adjust before widening it.
- Let the approach spread through people who ask for it themselves.`,
        strength: `Our approaches grow from the bottom up.`,
      },
      'ler.leren-van-anderen': {
        text: `We pick up ideas from other municipalities, for example on study visits, and adapt them to our own neighbourhoods.`,
        why: `Looking at what others do saves you from reinventing the wheel. Zaanstad recommends visiting another municipality to see its approach, because it is inspiring. The Community of Practice warns against blind copying, though: tailoring remains the norm.`,
        gap: `- Plan a visit this year to a municipality whose approach appeals to you.
- Ask not only what they do, but why it works for them.
- Afterwards, discuss what you will adopt, what you will adapt and what you will leave.`,
        strength: `We learn from others without copying blindly.`,
      },
      'ler.bewijs': {
        text: `Any approach we launch or are offered is checked for components that have been shown to work.`,
        why: `Good practices are often copied because they are likeable or get good press, not because they demonstrably work. Four sources therefore stress evidence. Zaanstad based its vision on research rather than opinion, so that every party could stand behind it. Both parts of the Wijkengids ask for effective components and figures on social return, and the Community of Practice wants methods to be evidence-based.`,
        gap: `- For every proposal, ask: what research shows this works?
- Consult databases of recognised interventions or a knowledge institute.
- No evidence yet? Measure the effect yourself and share the results.`,
        strength: `Our approaches rest on evidence, not on good press.`,
      },
      'ler.lange-adem': {
        text: `We sustain our efforts in neighbourhoods for many years and don't quickly change the name or programme.`,
        why: `Real change in a neighbourhood takes years. That is why Zaanstad entered into a twenty-year pact with residents and partners. The Community of Practice asks municipalities to sustain an approach for the long haul and not keep switching labels. Residents and partners are tired of one-off projects; continuity makes the municipality credible.`,
        gap: `- Commit to the neighbourhood approach for longer than one council term.
- Keep the name and core of the approach, even when policy shifts.
- Steer for lasting commitment from initiators and sponsors, not for one-off projects on temporary money.`,
        strength: `We have staying power.`,
      },
      'ler.pact': {
        text: `For at least one neighbourhood we have a long-term agreement with residents and partners, such as a neighbourhood pact.`,
        why: `A long-term written agreement makes commitment visible and holds parties to each other. Zaanstad signed a twenty-year pact for two neighbourhoods with residents' and community organisations, government and other agencies. This makes it possible to tackle even deep-rooted problems.`,
        gap: `- Explore with residents and partners in one neighbourhood whether a long-term pact is feasible.
- Set out goals, contributions and moments for review.
- Make sure the council backs the pact so that it survives a change of administration.`,
        strength: `Our commitment to the neighbourhood is on paper.`,
      },
      'ler.praktijkleren': {
        text: `Staff are given real time and room to learn from what happens in the neighbourhoods.`,
        why: `A learning organisation does not happen by itself. The building blocks for the municipality as network partner make learning from practice the guiding principle for the whole organisation. That takes real time and room, not just good intentions.`,
        gap: `- Schedule regular learning moments, such as peer review or a look-back after each project.
- Reserve hours for learning in teams' annual plans.
- Have managers ask: what have we learned, and what are we now doing differently?`,
        strength: `Learning from practice has a real place in our organisation.`,
      },
      'ler.werk-in-uitvoering': {
        text: `We treat lessons and building blocks as work in progress, not as a list that must be complete before we start.`,
        why: `If you wait until everything is in place, you never start. The authors of the five building blocks for the municipality as network partner state explicitly that their list is not a checklist. The same goes for this self-scan: use it to learn, not to turn everything green first.`,
        gap: `- Pick one lesson or building block and start small.
- Look back after a few months and fill in what is missing.
- Use the results of this scan to start conversations, not as a checklist.`,
        strength: `We learn by doing.`,
      },
      'ler.mensen': {
        text: `We give people who make the difference and are fully committed the room and support to do their work.`,
        why: `Success often depends on a few people who give it their all. The Community of Practice advises making the most of them. That also means thinking about what happens when they leave.`,
        gap: `- Map who makes the difference in the neighbourhoods, inside and outside the municipality.
- Give them room, a mandate and support.
- Make sure their knowledge is shared so the approach does not depend on them alone.`,
        strength: `We make good use of the people who make the difference.`,
      },
      'ler.olievlek': {
        text: `We let an approach grow step by step as partners join who ask for it themselves.`,
        why: `An approach spreads best when others come asking for it. The Community of Practice calls this the oil-slick effect: let the approach expand gradually and act mainly when there is demand, rather than selling it.`,
        gap: `- Show what the approach delivers so others become curious.
- Make joining easy, for example with a short starter pack.
- Stop trying to convince parties who are not interested.`,
        strength: `Our approaches spread like an oil slick.`,
      },
      'ler.druppel': {
        text: `We try out small interventions that can reinforce themselves and so achieve a bigger effect.`,
        why: `Not every change needs a large programme. The Community of Practice speaks of 'the drop': a small intervention sets off something that reinforces itself. Think of a meeting place, or one active resident who brings others along.`,
        gap: `- Look with residents for small interventions that can set a lot in motion.
- Make room for small-budget experiments.
- Follow what happens next: does it keep growing on its own?`,
        strength: `We use the power of small interventions.`,
      },
      'ler.kennisinstituten': {
        text: `We work with knowledge institutes or national government to evaluate and secure good local practices.`,
        why: `Good local practices soon disappear if nobody studies and records them. The Wijkengids section on embedding sees knowledge institutes and national government as important for assessing, selecting and securing such practices.`,
        gap: `- Ask a university or national knowledge institute to evaluate one good practice.
- Submit a successful approach to a national database.
- Agree how a proven approach gets a permanent place in policy and budget.`,
        strength: `Our good practices are studied and secured.`,
      },
      'ler.dilemma-tijdelijk': {
        text: `How do we deal with initiatives that started with temporary money or temporary effort?`,
        left: `Temporary may stay temporary`,
        right: `Steer for continuity and staying power`,
        why: `The tension lies within the Community of Practice itself. One lesson says that not everything has to become permanent; a temporary initiative may end. Another says to steer for continuity, because everyone is tired of one-off projects on temporary money. Zaanstad clearly opts for the long haul.`,
        leftRisk: `A string of short, unconnected projects that wears out residents and partners. The municipality's credibility suffers.`,
        rightRisk: `Everything becomes permanent, including what has already served its purpose. That costs money and leaves little room for new ideas.`,
        extremes: `At **−3** a project carousel looms: is anything left when the money runs out? At **+3** efforts risk becoming set in stone: do you still dare to stop what is no longer needed? Make a deliberate choice per initiative.`,
        gap: `- At the start of every initiative, agree whether it is meant to be temporary or lasting.
- Decide in advance when, and on what basis, you will judge whether it continues.
- Arrange structural funding and permanent leads for lasting initiatives.`,
      },
      'ler.open-cyclus': {
        text: `How do we connect learning from practice with our fixed cycle of policy, budget and accountability?`,
        why: `The building blocks for the municipality as network partner name this as a dilemma themselves. Learning happens by trial and error, while the planning and control cycle demands fixed moments and goals set in advance. The answer differs per municipality and is worth discussing.`,
        hint: `Think of one moment in the cycle, such as the spring budget update or the annual accounts. What would you like to bring in from practice there, and what is stopping you now?`,
      },
      'ler.open-mensen': {
        text: `Does a method we adopt from elsewhere still work without the people who made it a success there?`,
        why: `The Community of Practice raises this question itself. Success often depends on a few people who are fully committed. If you adopt a method without them, you may only be copying its outward form.`,
        hint: `Think of an approach you have adopted or want to adopt. Who made it a success elsewhere, and who will do that in your municipality?`,
      },
    },
  },
  S = {
    title: `Monitoring, results & accountability`,
    intro: `Accountability is part of the neighbourhood approach. But a thick report full of figures often tells the council and residents very little. The Community of Practice offers practical tips: link everything to the goals, keep it simple, be honest and let residents speak for themselves. The Wijkengids asks for results to be named sharply and backed up with figures as well. This module looks at how your municipality measures, adjusts course and accounts for its work; the answers feed straight into a council memo.`,
    items: JSON.parse(
      `{"mon.anker":{"text":"Our accountability honestly shows what the neighbourhood approach changes in residents' lives, including where things fall short.","why":"The Community of Practice asks municipalities to *take* responsibility rather than merely meet a reporting duty. That means no polished tables of figures, but showing what really changes, what is not working and what needs time. And discussing all of this openly with politicians.","gap":"- For the next report, ask: what do residents notice of this?\\n- Add a standing section on what fell short and what you learned from it.\\n- Discuss the report with the council instead of just sending it.","strength":"We take responsibility rather than just meeting a reporting duty."},"mon.doelen":{"text":"Everything we report on the neighbourhood approach is visibly linked to the goals of the approach.","why":"Loose figures and lists of activities say little. When every part of a report refers back to a goal, readers can see what has been achieved and what has not. The Community of Practice puts this first in its monitoring tips.","gap":"- Structure reports by goal rather than by project.\\n- Drop data that belongs to no goal at all.\\n- For each goal, state briefly: where are we now, and what is the next step?","strength":"Our reports follow the goals of the approach."},"mon.eerlijk":{"text":"We say openly what is not yet working well, in our reports and to residents.","why":"Honesty about setbacks makes an approach credible. The Wijkengids advises administrators to say what is not working yet and to keep residents informed. The Community of Practice adds: also be honest about how hard it is to link effort to deeper change in the neighbourhood.","gap":"- Include a standing heading 'what is not working yet' in every report.\\n- Tell residents at neighbourhood meetings or in newsletters what has fallen short, and what you are doing about it.\\n- Don't promise effects you cannot demonstrate.","strength":"We are honest about what is not working yet."},"mon.opbrengst-tonen":{"text":"We show what the approach delivers through figures, achieved results and residents' experiences.","why":"Council, partners and residents want to know what the integrated approach yields. The Wijkengids section on embedding says: show it in figures, in results and in the experiences of people from the neighbourhood itself. Together these convince more than any one of them alone.","gap":"- In every report, put a few short resident stories next to the figures.\\n- Name one concrete result for each goal.\\n- Show what the cooperation between partners has added.","strength":"We show what the approach delivers in figures, results and stories."},"mon.dialoog":{"text":"We use accountability as an occasion to talk with councillors and residents about the neighbourhood approach.","why":"Accountability is more than handing in a document. The Community of Practice sees it as a chance to talk with a wider group of politicians and residents, and urges municipalities to seek dialogue with the council. That builds understanding and support.","gap":"- Pair the annual report with a neighbourhood visit or a conversation with councillors.\\n- Involve councillors who are not the spokespeople on the neighbourhood approach.\\n- Invite residents to the same conversation.","strength":"Our accountability opens a conversation with council and residents."},"mon.eigen-stem":{"text":"We let residents speak for themselves when we account for the neighbourhood approach.","why":"A resident's own story often says more than a summary by the municipality. The Community of Practice recommends letting residents and politicians tell the story themselves wherever possible. That makes accountability lively and real.","gap":"- Invite residents to tell a council committee or a visiting delegation what they notice.\\n- Include quotes or short videos of residents in reports.\\n- Ask councillors who visit the neighbourhood to share their own impressions.","strength":"With us, residents tell the story themselves."},"mon.geen-glossy":{"text":"Our stories about the neighbourhood approach are hopeful but not glossed over.","why":"Optimism gives energy, but a shiny success story breeds distrust. The Community of Practice warns that such stories invite people to pick holes in them. An honest account with room for doubt lasts longer.","gap":"- Have a critical colleague or resident read your text before publication.\\n- Next to every success, mention what still needs to happen.\\n- Avoid big words you cannot back up.","strength":"Our optimism is credible."},"mon.zacht-voorop":{"text":"In our reports the story of the neighbourhood comes first; most of the figures are in the appendix.","why":"For the council and residents a good story often says more than a table. The Community of Practice recommends putting qualitative information centre stage and moving hard figures mainly to appendices. Note that the Wijkengids places great value on numerical evidence; see also the dilemma in this module.","gap":"- Open the report with what has changed in the neighbourhood, in plain language.\\n- Move detailed tables to an appendix.\\n- In the main text, use only the figures that carry the story.","strength":"Our reports are readable and close to the neighbourhood."},"mon.beeldtaal":{"text":"We use visuals such as photos, maps and infographics when we talk about the neighbourhood approach.","why":"Images make clear at a glance what text and tables struggle to explain. The Community of Practice recommends making generous use of visual language in presentations.","gap":"- Show a map of the neighbourhood with the main changes.\\n- Take before-and-after photos of an intervention.\\n- Turn the three most important figures into a simple infographic.","strength":"We make results visible."},"mon.tussentijds":{"text":"We hold interim reviews and measurements with partners, frontline staff and managers so we can adjust course in time.","why":"If you only evaluate at the end, you can no longer change anything. The Wijkengids section on embedding advises discussing results, and what helps or hinders, with partners, workers and managers along the way. That lets you adjust course during the process.","gap":"- Schedule fixed review points, for example every six months.\\n- Discuss both results and what helps or hinders success.\\n- Record what adjustments you agree on and who will carry them out.","strength":"We adjust course along the way, not just afterwards."},"mon.succescriteria":{"text":"We have agreed a fixed framework in advance for deciding whether a project has succeeded.","why":"Without an agreed yardstick, 'success' becomes a matter of opinion. The Wijkengids advises administrators to judge project success using a set structure. The source mentions a '4+1 structure' without explaining it; what matters is that you have a shared framework in advance.","gap":"- For each project, agree up front when it counts as a success, in terms of its effect on residents.\\n- Use the same framework for all projects so you can compare them.\\n- Adjust or stop projects that do not meet the framework.","strength":"We know in advance when a project has succeeded."},"mon.eenvoudig":{"text":"We work with few indicators per goal and only go into depth on a handful of themes.","why":"Too many indicators make monitoring costly and unreadable. The Community of Practice says: keep it simple and smart. Choose a few good measures per goal and only study in depth what really matters.","gap":"- Limit yourself to three or four indicators per goal.\\n- Pick one or two themes for in-depth research.\\n- Each year, drop the indicators nobody uses.","strength":"Our monitoring is simple and focused."},"mon.meetsoorten":{"text":"For every measurement we make clear whether it is about impact, progress, development or process.","why":"Impact studies, progress monitoring, developmental research and process evaluation answer very different questions. The Community of Practice notes that they are often mixed up. The council may then expect evidence of impact when only progress has been measured.","gap":"- State for every measurement what type it is and which question it answers.\\n- Draw up an overview: which questions do we have, and what kind of research answers each one?\\n- Briefly explain the differences to the council and partners.","strength":"We know which question each measurement answers."},"mon.indicatoren-afstemmen":{"text":"We align our indicators with other municipalities and researchers, for example through a national network.","why":"When municipalities use the same measures, they can learn from each other and compare results. The Community of Practice recommends using national networks of project leaders and researchers for this.","gap":"- Join a national knowledge network on neighbourhood or area-based working.\\n- Compare your indicators with those of two or three similar municipalities.\\n- Adopt common definitions where possible.","strength":"Our indicators can be compared with those of others."},"mon.referentiegebieden":{"text":"We compare our neighbourhoods with reference areas to judge whether the approach is working.","why":"A neighbourhood may improve simply because things are improving everywhere. Only by comparing with an area without this approach can you see what the approach itself achieves. The Community of Practice recommends working with reference areas.","gap":"- Choose one or two similar areas without the approach as a reference.\\n- Track the same indicators there.\\n- Use the municipal average as an additional benchmark.","strength":"We have a yardstick for success and failure."},"mon.dilemma-bewijs":{"text":"Where do we put the emphasis when we show results?","left":"Hard numerical evidence","right":"Stories and qualitative information first","why":"The sources disagree here. The Wijkengids section on embedding calls numerical proof of social return crucial. The Community of Practice wants qualitative information centre stage, with figures mainly in appendices. Both have a point: what matters is a deliberate choice that suits your audience and your question.","leftRisk":"Figures without a story feel remote from practice and can smooth over the bumps. Residents and councillors do not recognise their neighbourhood in them.","rightRisk":"Stories without evidence are easily dismissed as anecdotes. It then becomes hard to say which interventions really deliver.","extremes":"At **−3** accountability consists almost entirely of tables: does anyone still read what happens in the neighbourhood? At **+3** numerical evidence is missing: can you still show what works, especially when money or a decision is at stake? The Wijkengids itself points to a middle way: figures, results and residents' experiences.","gap":"- Discuss with the council and partners which question accountability should answer: what works, or what is changing?\\n- Choose the form per audience: a story for the neighbourhood, evidence for decisions about money.\\n- Link every story to at least one figure, and every figure to an example from the neighbourhood."}}`,
    ),
  },
  C = {
    title: `The municipality as network partner`,
    intro: `In a neighbourhood the municipality is one player among many. Schools, care providers, welfare organisations, businesses and residents all bring their own knowledge and responsibility. This module asks how we relate to these partners: as a commissioning client or as a fellow player, and whether we build on what is already there. The tips from the municipality of Zaanstad and the five building blocks for the municipality as network partner are central here. The Community of Practice on the neighbourhood approach adds lessons on building on what exists and on one vision shared by all partners.`,
    items: {
      'net.bescheiden': {
        text: `We see ourselves as one player among many: our partners also have knowledge and carry responsibility.`,
        why: `The municipality of Zaanstad advises a modest stance. We do not have all the knowledge in-house, and we are not the only ones responsible. Drawing on the knowledge of local organisations leads to an approach with broad support.`,
        gap: `- At the start of an approach, ask every partner: what knowledge and responsibility do you bring?
- Let partners speak first in meetings, rather than the municipality.
- Discuss as a team where we too readily see ourselves as the owner of an issue.`,
        strength: `We take a modest stance and make use of our partners' knowledge.`,
      },
      'net.samenspeler': {
        text: `When working with partners, we act first as a fellow player and only then as a commissioning client.`,
        why: `The municipality of Zaanstad sees this as the only route to working together as equals. A commission and our own responsibility are sometimes still needed. But starting as the client turns partners into contractors.`,
        gap: `- Look at how our meetings are set up: who chairs them, who sets the agenda?
- Draw up a joint plan with partners before any commissions or grants are awarded.
- Say openly when we do act as the commissioning client, and why.`,
        strength: `Partners experience us as an equal fellow player.`,
      },
      'net.werken-met-wat-er-is': {
        text: `Before starting anything new, we map the initiatives and networks that already exist and link up with them.`,
        why: `The five building blocks for the municipality as network partner begin with working with what is there: policy and projects follow initiatives, not the other way round. The Community of Practice is just as firm: a plan dropped into a neighbourhood from outside or above snuffs out the energy already present.`,
        gap: `- Keep an overview per area of existing initiatives, networks and key people.
- Add a short check to every proposal: which existing initiative does this build on?
- Adjust existing frameworks when they get in the way of a good initiative.`,
        strength: `We build on existing initiatives rather than parachuting in something new.`,
      },
      'net.expertise-partners': {
        text: `We ask partners to contribute from their own professional knowledge, even when their view differs from ours.`,
        why: `The municipality of Zaanstad advises encouraging every partner's expertise. Looking at the same topic from several angles gives a fuller picture. Differences of opinion then become an asset rather than a nuisance.`,
        gap: `- For a new topic, invite partners with very different backgrounds.
- In meetings, explicitly ask for another perspective: what are we missing?
- Give partners room to shape part of the approach themselves.`,
        strength: `We make use of partners' expertise and their different perspectives.`,
      },
      'net.juiste-mensen': {
        text: `We involve knowledgeable people who rarely sit at formal tables, such as staff officers or speech therapists.`,
        why: `The municipality of Zaanstad points out how much knowledge sits in a municipality, often with people who are not at the formal meetings. Involving them puts local capacity to use and broadens support. They also gain a role they would not otherwise have had.`,
        gap: `- Ask partners who in their organisation knows most about the topic, regardless of job title.
- Alongside the management meeting, hold a working session with practitioners and support staff.
- Give these people a visible role in the approach.`,
        strength: `We bring the right people forward, including those outside formal meetings.`,
      },
      'net.gedeelde-visie': {
        text: `When we adopt good practice from elsewhere, we link it to a vision that all partners share and carry out.`,
        why: `The Community of Practice gives the example of the Peaceful School programme. Such an approach works better when the neighbourhood and local clubs spread the same message, such as mutual respect. Good practice without a shared vision remains a stand-alone project.`,
        gap: `- Agree with partners, in a few sentences, the message everyone in the area will carry.
- Test new projects against that shared vision.
- Involve schools, clubs and welfare services in spreading the same values.`,
        strength: `Approaches we adopt fit a vision that all partners endorse.`,
      },
      'net.samenhang': {
        text: `We turn separate projects into one approach, based on a shared view of what gives the area its character.`,
        why: `According to the Community of Practice, a neighbourhood approach can be more than a sum of projects. That works when we think carefully about the area's identity and coherence, and when we get all partners behind one joint approach.`,
        gap: `- Put all current projects in the area on one overview and discuss how they fit together with partners.
- Describe with residents and partners what gives the area its character.
- Stop or merge projects that do not serve the shared picture.`,
        strength: `Our projects form one recognisable approach for the area.`,
      },
      'net.rollen-verduren': {
        text: `When our roles clash, we work out together with partners which role fits best at this moment.`,
        why: `The five building blocks for the municipality as network partner see clashing roles as part and parcel of this work. The skill lies in bearing that tension rather than glossing over it. Together we decide which role suits this moment and this situation.`,
        gap: `- Name out loud in meetings which roles we hold and where they rub against each other.
- For each situation, discuss with partners which role they expect from us.
- Record who in the municipality plays which role, so partners know whom they are dealing with.`,
        strength: `We handle clashing roles openly and together with partners.`,
      },
      'net.meerdere-rollen': {
        text: `We openly acknowledge that we sometimes hold several roles at once, such as enforcer, champion and source of expertise.`,
        why: `The five building blocks for the municipality as network partner show that the municipality may fill three roles at the same time. That need not be a problem as long as we name it. Partners then know where they stand.`,
        gap: `- Draw up an overview, per area or topic, of the roles the municipality holds.
- Explain to partners when we are enforcing and when we are thinking along.
- Discuss as a team how we handle these roles without hiding them.`,
        strength: `We are open about our different roles and partners know where they stand.`,
      },
      'net.dilemma-nieuw-bestaand': {
        text: `Do we bring new organisations into play, or do we build on the institutions that are already there?`,
        left: `Bring new organisations into play`,
        right: `Build on existing institutions`,
        why: `The Community of Practice lists this among the dilemmas of embedding the neighbourhood approach. Many sources argue for building on what exists. A separate organisation can be needed where mainstream services get stuck, for example with families facing many problems at once.`,
        leftRisk: `New organisations end up alongside the existing ones, adding meetings and counters.`,
        rightRisk: `Existing institutions carry on as they always have, even where that does not help the area.`,
        extremes: `At -3: only choose a new organisation if it genuinely makes old structures redundant, or you will pile layer upon layer. At +3: make sure existing institutions really change and do not just get a new label.`,
        gap: `- If you want to lean more on existing institutions: first map what is there and who could take on what.
- If you want new organisations: agree beforehand which existing structures will then disappear.
- Discuss the change of course with partners so no one is taken by surprise.`,
      },
      'net.dilemma-opdrachtgever': {
        text: `How do we present ourselves to our partners in the neighbourhood?`,
        left: `Municipality as commissioning client`,
        right: `Municipality as fellow player`,
        why: `The municipality of Zaanstad advises dropping the commissioning role and being a fellow player first. The same tip accepts that the municipality sometimes remains responsible and that a commission has to follow. The question is which stance prevails.`,
        leftRisk: `Partners become contractors; their knowledge and own responsibility go unused.`,
        rightRisk: `No one takes decisions or sets limits, and the municipality cannot live up to its own responsibility.`,
        extremes: `At -3 working together as equals is nearly impossible and partners drop out. At +3 the municipality's role blurs; make sure it stays clear who decides what and who is accountable for what.`,
        gap: `- If you want to be more of a fellow player: start with a joint plan and only then hand out commissions.
- If you want to be more of a client: agree on results and accountability, and explain why.
- Discuss with partners which stance they expect from the municipality.`,
      },
    },
  },
  w = {
    title: `Organisation and culture`,
    intro: `A neighbourhood approach needs an organisation that can act quickly and start from the neighbourhood. Its own system world often gets in the way: procedures, meetings and internal rules. This module looks at structure, culture, bureaucracy and the room professionals have in the neighbourhood. The Wijkengids (on embedding and on what administrators advise each other), the Community of Practice on the neighbourhood approach and the building blocks for the municipality as network partner all offer lessons here. Four dilemmas help to open up the choices for discussion.`,
    items: JSON.parse(
      `{"org.gebiedsgericht-norm":{"text":"We use the neighbourhood approach as a lever to get the whole municipality working area-based and demand-led.","why":"Three sources teach the same lesson: use the neighbourhood approach as a crowbar. The Wijkengids and the Community of Practice want it to move the entire municipality towards area-based, demand-led working. The Wijkengids advises administrators to apply that way of thinking as widely as possible.","gap":"- Find out which departments do not work area-based at all yet.\\n- Start there with one area and one shared task.\\n- Build area-based working into the organisation plan and into managers' assignments.","strength":"Area-based working has become our normal way of working."},"org.iedereen":{"text":"Strengthening the neighbourhood's own capacity is a task for our whole organisation, not for a few colleagues.","why":"The building blocks for the municipality as network partner say this concerns everyone. It is the mission of the whole organisation, not of a few portfolios or staff members. The municipality should also say so openly and often.","gap":"- Discuss in every management team what their department contributes to the neighbourhoods' strength.\\n- Share stories internally about colleagues outside the social domain who did something for the neighbourhood.\\n- Include it in the induction for new staff.","strength":"Every department sees community strength as its business."},"org.integraal-selectief":{"text":"We deliberately choose which tasks we tackle in an integrated way and which sector by sector.","why":"Integrated working is a valuable lesson from the neighbourhood approach. But the Wijkengids and the Community of Practice warn against trying to organise everything in an integrated way. A sound sectoral approach sometimes works better than forcing the physical and social sides together.","gap":"- List your tasks and decide for each one: integrated, neighbourhood-based or sectoral.\\n- Record that choice and discuss it in the executive.\\n- Stop integrated meetings where a sectoral approach will do.","strength":"We integrate where it helps and work sectorally where that works better."},"org.hulpstructuren":{"text":"When we introduce a new structure or a new meeting, we abolish an existing one.","why":"The Wijkengids and the Community of Practice warn against support structures built on top of existing systems. New structures ought to make old ones redundant. Otherwise the organisation gets clogged with meetings and rules.","gap":"- Map the meetings and structures around the neighbourhood approach.\\n- Agree a simple rule: one in, one out.\\n- Check every year whether all structures are still needed.","strength":"New structures replace old ones; we do not stack them."},"org.kanteling":{"text":"We invest time and attention in a different way of thinking and working within our own organisation.","why":"Three sources say so: invest in good time in a shift in thinking and acting, within the organisation as it stands. It is about culture and attitude, not only about structure. According to the Wijkengids, the administrator can personally lead that shift.","gap":"- Describe with staff which behaviour fits the neighbourhood approach.\\n- As administrators and directors, set the example yourselves, for instance by spending more time in the neighbourhood.\\n- Make room for training, peer review and learning on the job.","strength":"We actively build a culture that fits the neighbourhood approach."},"org.snel-handelen":{"text":"Our organisation and our cooperation along the chain are set up for quick action, not for lots of meetings.","why":"The Community of Practice asks for the organisation and the chain approach to be set up for speed. Many meetings and long procedures slow down the work in the neighbourhood. Residents expect something to happen.","gap":"- Measure how long it takes from a signal in the neighbourhood to action.\\n- Remove steps from procedures that add nothing.\\n- Place decisions as close to the neighbourhood as possible.","strength":"We can respond quickly when the neighbourhood needs something."},"org.bureaucratie":{"text":"We tackle bureaucracy by making ways of working simpler and more open, not by adding rules.","why":"The Wijkengids says bureaucracy should not be tackled bureaucratically. New rules and procedures to work around old ones only make things more complicated. The aim is a more open way of working.","gap":"- Ask professionals which rules hinder them most.\\n- Scrap or simplify a few of those rules every quarter.\\n- Give professionals room to deviate when that is better for the neighbourhood.","strength":"We simplify ways of working instead of adding rules."},"org.collegas-wijk-in":{"text":"We take colleagues who normally never visit the neighbourhood, such as finance staff, out to see projects.","why":"The Wijkengids recommends taking people into the field who would not normally go there. Let the finance department visit a project, for example, and spend a day alongside those colleagues yourself. That builds understanding on both sides.","gap":"- Every quarter, invite colleagues from finance, legal or procurement, for example, to visit the neighbourhood.\\n- Spend a day in their department yourself, so you understand their work better.\\n- Afterwards, discuss together what could be done differently.","strength":"Even colleagues in support departments know the neighbourhood first-hand."},"org.frontlijn":{"text":"Our best people work on the front line and have the mandate to make decisions there.","why":"The Wijkengids advises administrators to put their best people on the front line. The mandate belongs at that level, so they do not have to keep asking for permission. They also need to be able to escalate quickly when needed.","gap":"- Check who works on the front line now and whether they have the right experience.\\n- Set down which decisions they may take themselves.\\n- Create a short line to management and the administration for when escalation is needed.","strength":"Strong professionals in the neighbourhood have a mandate and a short line upwards."},"org.verbinden-collegas":{"text":"We bring motivated colleagues together, regardless of their department or programme.","why":"The Wijkengids advises administrators to connect people who are keen to make a difference, whatever department or programme they belong to. Such people do not find each other automatically. Together they can get the organisation moving.","gap":"- Hold a meeting for colleagues from every department who work on the neighbourhoods.\\n- Start a network or working group around one neighbourhood or task.\\n- Give these colleagues time and recognition for their efforts.","strength":"Motivated colleagues find each other across departments."},"org.buiten-naar-binnen":{"text":"Our professionals take the neighbourhood as the starting point for their work, not memos and paperwork.","why":"The Wijkengids asks for professionals to work from the outside in. Time spent on memos, policy papers and paperwork is time not spent with residents. The neighbourhood should be the starting point.","gap":"- Ask professionals how much time goes on memos and paperwork.\\n- Scrap reports that nobody uses.\\n- Agree that professionals spend most of their time in the neighbourhood.","strength":"Our professionals are mostly out in the neighbourhood, not behind a desk."},"org.netwerken-taak":{"text":"Building and maintaining networks is simply part of every employee's job here.","why":"The building blocks for the municipality as network partner say that building community is part of the job. Networking is not an extra task for a few people but work for everyone. That takes time and room in the planning as well.","gap":"- Include networking in job profiles and in annual planning conversations.\\n- Give staff time to get to know partners in the neighbourhood.\\n- Share contacts and networks within the team.","strength":"Networking is ordinary work here, for everyone."},"org.budgethouder":{"text":"We have a single central budget holder for the neighbourhood approach.","why":"The Wijkengids recommends a single central budget holder. It saves frontline staff a great deal of paperwork, because they do not have to knock on the door of many separate pots. It is also clear who decides on the money.","gap":"- Map how many budgets currently pay for the neighbourhood approach.\\n- Appoint one budget holder who decides on these resources.\\n- Keep reporting requirements for frontline delivery as simple as possible.","strength":"One budget holder keeps the paperwork for frontline delivery light."},"org.aparte-organisatie":{"text":"We have made a deliberate decision on whether work with multi-problem households and frontline work needs a separate organisation.","why":"According to the Wijkengids, regular municipal departments often struggle with multi-problem households and frontline work. A separate organisation may then be needed. What matters is that you make that choice deliberately rather than leave it to chance.","gap":"- Review how work with multi-problem households is going now and where it gets stuck.\\n- Weigh the pros and cons of a separate organisation.\\n- Record the decision and evaluate it after a set period.","strength":"We have made a deliberate choice about how frontline work is organised."},"org.dilemma-programma":{"text":"How do we organise the neighbourhood approach?","left":"The approach as a separate programme","right":"Area-based working as the norm for the whole organisation","why":"The Community of Practice names this as one of the dilemmas in embedding the neighbourhood approach. A separate programme gives focus, a budget and a recognisable profile. But the Wijkengids, the Community of Practice and the building blocks for the municipality as network partner all want area-based working to become the norm across the municipality.","leftRisk":"The approach remains an island; the rest of the organisation does not change.","rightRisk":"The approach becomes diluted and loses its own money, focus and visibility.","extremes":"At **−3**: check that the approach does not depend on one alderman and a few people; otherwise it risks becoming a hobby. At **+3**: check whether someone still monitors progress and can be held to account.","gap":"Moving right? Use the programme as a crowbar: build area-based working into every department's assignment and phase the programme out step by step. Moving left? Give the programme a clear mandate, its own budget and an end date."},"org.dilemma-structuur-cultuur":{"text":"Where do we put the emphasis when changing the organisation?","left":"Restructure the organisation","right":"Change culture and attitudes","why":"This dilemma also comes from the Community of Practice. The Wijkengids and the Community of Practice say new structures should replace old ones, and that you should invest in a shift in thinking and acting. The insight on embedding calls for a mix of both.","leftRisk":"New teams and structures on paper, while people keep working the way they always did.","rightRisk":"Good intentions run aground on old structures, rules and budgets.","extremes":"At **−3** and at **+3**: the Community of Practice recommends a mix of structural and mindset interventions. One side alone rarely works.","gap":"Want to focus more on structure? Make sure every new structure replaces an old one. Want to focus more on culture? Invest in managers leading by example, in learning in the neighbourhood and in getting people out from behind their screens."},"org.dilemma-bureaucratie":{"text":"How do we tackle bureaucracy?","left":"Confront bureaucracy and break it open","right":"Win officials over and equip them","why":"The Community of Practice names this as a dilemma. Confronting fits the lesson to be businesslike and bang the table when needed. Winning people over fits the Wijkengids: do not tackle bureaucracy bureaucratically, and take colleagues out into the neighbourhood. The insight on embedding asks for both encouragement and confrontation.","leftRisk":"Colleagues feel attacked and become defensive.","rightRisk":"Little changes; old habits persist.","extremes":"At **−3**: take care not to lose allies within the organisation. At **+3**: check whether anything really changes, and dare to confront when progress stalls.","gap":"Want to confront more? Name specific rules or meetings that hinder the neighbourhood and make sure they go. Want to win people over more? Take colleagues into the neighbourhood, give them practical tools and show what it delivers."},"org.dilemma-integraal":{"text":"How integrated is our way of working?","left":"Organise everything in an integrated way","right":"A sound sectoral approach where possible","why":"Integrated working is a strong lesson from the neighbourhood approach, and the Wijkengids asks you to show what it yields. But the Wijkengids and the Community of Practice also warn against wanting to integrate everything. Sometimes a sound sectoral approach is better.","leftRisk":"Lots of meetings and coordination, few results; physical and social are forced together.","rightRisk":"Connected problems are tackled separately; residents face many different counters.","extremes":"At **−3**: check whether every integrated meeting delivers something. At **+3**: watch out for households and neighbourhoods with problems in several areas at once.","gap":"Want to work more sectorally? Decide for each task whether integration really adds value and stop meetings where it does not. Want to work in a more integrated way? Pick a few tasks where coherence makes the difference and give them one team and one budget."},"org.open-systeemwereld":{"text":"How do we avoid getting stuck in our own procedures, meetings and internal logic?","why":"The Community of Practice raises this question in its lessons on the system world. Every organisation has its own rules and habits. Without anyone noticing, they can become more important than what happens in the neighbourhood.","hint":"Think of a recent example where a procedure or meeting held something up in the neighbourhood. What could have been done differently?"}}`,
    ),
  },
  T = {
    'hobby-risico': {
      title: `Risk: the approach becomes one alderman's hobby`,
      advice: `Right now you see the alderman mainly as the figurehead of the neighbourhood approach, while the approach is only weakly embedded in the executive, the council and senior management. The rest of the organisation may then treat it as a personal project, and when the alderman leaves, the approach often leaves too. Five lessons from three sources point to this risk.

- Put the neighbourhood approach on the full executive's agenda at fixed moments each year.
- Link its goals to other aldermen's portfolios, such as employment, care and housing.
- Make a director or the chief executive a co-owner of the approach.
- Invite councillors into the neighbourhoods and discuss with the council how the approach will outlast an election.`,
    },
    'programma-als-eiland': {
      title: `Risk: the approach stays an island in the organisation`,
      advice: `You currently run the neighbourhood approach mainly as a separate programme, while area-based working has not yet become normal in the rest of the municipality, or political embedding is weak. None of the sources argues for a stand-alone programme. They see the approach as a lever to get the whole organisation working by area.

- Pick one or two departments outside the programme to start working by area first.
- Agree which ways of working from the programme will stay in the regular organisation once it ends.
- Use the planning and control cycle to show what each department contributes to the neighbourhoods.`,
    },
    vergadercircuit: {
      title: `Risk of an endless round of meetings`,
      advice: `You lean strongly towards more central direction and coordinating bodies, yet you score low on acting quickly, pushing through or clearing away old structures. The number of meetings then grows, but results in the neighbourhood do not. The Community of Practice warns against slow meeting circuits whose main aim is to build consensus.

- List every meeting about the approach and drop the ones that produce no decisions.
- Agree that each new meeting or body replaces an existing one.
- Give whoever coordinates the mandate to cut the knot when a meeting gets stuck.
- Ask in every meeting: are we working on what keeps residents awake at night?`,
    },
    projectencarrousel: {
      title: `Risk: a merry-go-round of one-off projects`,
      advice: `You want to keep a flexible project approach, but staying power is weak: projects change quickly, there is no long-term agreement, or you rarely stop what does not work. The result is a merry-go-round of one-off projects on temporary money. Residents and partners grow tired of it, and the municipality loses credibility.

- Review all running projects and decide for each: stop, continue or make permanent.
- When a new project starts, agree when it will end or become part of regular work.
- Tie projects to one shared story about what the neighbourhood needs.
- Explore a long-term agreement, such as a neighbourhood pact, for at least one area.`,
    },
    'ruimte-zonder-verantwoording': {
      title: `Room for initiatives, but how do you account for it?`,
      advice: `You give neighbourhood initiatives room even when nobody knows in advance what they will deliver. That is a strength. But your monitoring and accountability are still weak. The building blocks for the municipality as a network partner raise two questions here: how do you judge an initiative without a goal set in advance, and who is best placed to judge it?

- Agree with initiators how you will look back together afterwards, instead of fixing targets up front.
- Let residents and partners help assess what an initiative has achieved.
- Explain to the council why you give room, and be honest about what did and did not work.`,
    },
    'kopieren-om-goede-pers': {
      title: `Watch out: copying good practice without evidence`,
      advice: `You gather plenty of ideas from other municipalities, but you rarely check whether an approach actually works. The Community of Practice notes that good practice is often copied because it is appealing or gets good press, while its effect remains unknown.

- For every example, ask which components produce the effect and whether that has been studied.
- On a study visit, also talk about what did **not** work.
- Ask whether the approach still works without the people who made it a success elsewhere.
- Adapt an adopted approach to your own neighbourhood and measure what it delivers.`,
    },
    'blinde-vlek-kracht': {
      title: `Blind spot: the neighbourhood's strengths`,
      advice: `Your approach and your picture of the neighbourhood focus mainly on problems. What goes well, and what residents are proud of, hardly shows up. That makes it tempting to organise things from outside as if nothing were there, and you miss the networks and initiatives that already exist.

- In every conversation with residents and partners, also ask: what works well here?
- Add a few indicators of strength to the neighbourhood monitor, such as volunteering, clubs and meeting places.
- Map existing networks and initiatives before you start anything new.`,
    },
    'informatiepositie-zwak': {
      title: `Your information position needs work`,
      advice: `You answered 'don't know' to many questions about the picture of the neighbourhood or about monitoring. That is honest, but it shows that you lack a clear view of the neighbourhood or of what the approach achieves. Steering without good information is hard.

- Find out who in the organisation manages the figures and signals about the neighbourhoods.
- Ask for an overview of what you already measure and what is missing.
- Discuss the figures with residents and professionals so that facts and experiences form one picture.`,
    },
    'geen-nulmeting': {
      title: `No starting point to show results`,
      advice: `You do not record the starting situation when an intervention begins, and measuring results is also still weak. Later you will not be able to show what has changed, nor adjust course in time.

- For each intervention, choose a few key figures and measure them before it starts.
- Agree in advance when a project counts as a success.
- Plan interim reviews with partners and practitioners to check you are on track.
- Where possible, compare with an area where the intervention is not running.`,
    },
    'corporaties-als-pinautomaat': {
      title: `Risk: treating housing associations as a cash machine`,
      advice: `The relationship with the housing associations is not yet one of equals. Talks often turn to who pays for what, or the municipality knows little about how associations work. The Community of Practice warns against treating associations as a funding source for municipal plans. Look for the shared interest instead: a good neighbourhood also protects the value of their homes.

- Hold an open conversation about old grievances and about what each side expects.
- Start meetings with shared goals for the neighbourhood and only then talk about money.
- Build up knowledge of the housing sector inside the municipality, including its finances.`,
    },
    'alles-integraal': {
      title: `Decide what really needs to be integrated`,
      advice: `You want to organise as much as possible in an integrated way, but you do not yet choose deliberately what needs integration and what can stay within one sector. Integrated thinking helps, but making everything integrated costs a lot of meetings and time. The sources say a good sector-based approach beats getting stuck trying to connect everything.

- Choose, with partners, two or three issues that truly need an integrated approach.
- Leave the other issues with the specialist departments, with clear agreements on coordination.
- Check every year whether this choice still holds.`,
    },
    'nieuw-naast-bestaand': {
      title: `Risk: new organisations alongside what already exists`,
      advice: `You are mainly bringing in new organisations, while connecting little with what is already there, or you add structures without removing old ones. That creates an extra layer, and initiatives that grew from the neighbourhood itself get squeezed. New structures should make old ones unnecessary.

- First map the institutions, networks and initiatives that already exist.
- For every new organisation, ask: what does this make redundant, and when do we stop it?
- When in doubt, strengthen what is there rather than bring in something new from outside.`,
    },
  },
  E = {
    title: `Direction and steering`,
    intro: `A good neighbourhood approach has a clear direction and dares to make choices. That means focus, steering on outcomes and stopping what does not work. It is also about getting things done rather than waiting until everyone agrees. And it is about scale: the neighbourhood puts issues on the agenda, but many solutions lie at city or regional level. The Wijkengids (what administrators advise each other) and the Community of Practice on the neighbourhood approach offer most of the lessons here.`,
    items: JSON.parse(
      `{"stu.anker-actie":{"text":"We act decisively: we would rather try something bold than wait until everyone agrees.","why":"Action orientation is one of the ten insights of the Community of Practice. If you keep polishing plans until everyone signs up, nothing moves. Better to try something unfinished and explain afterwards why you did it.","gap":"- Pick one stalled file and set a date on which you will start regardless.\\n- Work with small trials instead of complete plans.\\n- Agree in the executive that a failed trial is not a disgrace but something to learn from.","strength":"We take action and dare to experiment."},"stu.anker-schaal":{"text":"We move easily between block, district, city and region, without long debates about the right level.","why":"The Community of Practice warns against debating in principle whether the neighbourhood is the right level at all. The neighbourhood has shown that it puts issues on the agenda and brings parties together. What matters is choosing the right level for each issue and being able to switch.","gap":"- Decide for each task at which level you measure, decide and deliver.\\n- Give signals from the neighbourhood a fixed route into city-wide and regional meetings.\\n- Stop debating 'the' right level and choose per issue.","strength":"We choose the right level for each issue and switch easily."},"stu.focus":{"text":"Our neighbourhood approach has one shared long-term goal and a few clear priorities.","why":"The Wijkengids puts focus first in its tips for administrators: one point on the horizon that connects all partners. Too many goals at once scatter the effort. Clear priorities also make it easier to say no.","gap":"- Agree one long-term goal with partners, in plain language.\\n- Choose no more than three priorities for the coming period.\\n- Test new projects against that goal before you say yes.","strength":"Everyone knows our goal and our priorities."},"stu.doorbraken":{"text":"We pick a few breakthroughs that set other changes in motion, and we actually deliver them.","why":"The Wijkengids advises administrators to push for a small number of breakthroughs with a snowball effect. Promising is not enough: the breakthrough has to happen. Delivering it builds trust among residents and partners.","gap":"- Choose two or three breakthroughs with partners that will move a lot.\\n- Make one person responsible for each breakthrough and set a date.\\n- Tell residents what has been achieved, and what has not yet.","strength":"We deliver breakthroughs that trigger further change."},"stu.outcome":{"text":"In our agreements with partners we steer on social outcomes, not on numbers of products or hours.","why":"The Wijkengids warns administrators against production agreements about output. Counting programmes or meetings says little about what changes in the neighbourhood. Steering on outcomes keeps the conversation on what residents actually notice.","gap":"- Check grant and performance agreements for targets that are about output.\\n- Replace them with a few outcome goals drawn up with partners.\\n- Discuss progress using stories and figures about those outcomes.","strength":"Our agreements are about what changes in the neighbourhood."},"stu.projecten-stoppen":{"text":"We take a critical look at running projects and stop those that do not work.","why":"The Wijkengids asks administrators to find the courage to halt the project carousel. Many neighbourhoods have a long line of separate projects running side by side. Separating the wheat from the chaff frees time and money for what does work.","gap":"- List all projects currently running in the neighbourhoods.\\n- Assess them with partners on what they contribute to the goal.\\n- Stop at least one project that delivers little, and explain why.","strength":"We dare to stop what does not work."},"stu.doorpakken":{"text":"When meetings make no progress, we step in and force a decision.","why":"The Community of Practice warns against sluggish meeting circuits that exist mainly to coordinate and build consensus. Be businesslike, and bang the table if you have to. That leaves time for the neighbourhood.","gap":"- Give every meeting a clear purpose and an end date.\\n- Agree who decides when parties cannot agree.\\n- Stop meetings that have not produced decisions for a long time.","strength":"We do not get stuck in meetings; we make decisions."},"stu.verantwoorden-achteraf":{"text":"We take action even when not every mandate and agreement is settled in advance.","why":"According to the Community of Practice, an active, even activist stance is needed to get things moving. That stance does not always fit within mandates and prior consensus. It is better to explain afterwards what you did than what you left undone.","gap":"- Give staff in the neighbourhood room to act and to account for it afterwards.\\n- Agree with the administration which risks are acceptable.\\n- Regularly discuss what went well and what did not, without looking for culprits.","strength":"We dare to act and account for it openly afterwards."},"stu.brug":{"text":"Our neighbourhood approach connects the street with the city, and residents with the administration.","why":"The Community of Practice sees the neighbourhood approach as a bridge: between what happens on the street and city policy, and between citizens and government. The bridge only works if signals really travel both ways.","gap":"- Make sure signals from the neighbourhood reach the administration and policy makers by a fixed route.\\n- Have administrators join residents in the neighbourhood regularly.\\n- Let residents know what has been done with their signals.","strength":"Our approach is a real bridge between the street and the town hall."},"stu.stad-regio":{"text":"We link what happens in the neighbourhood to solutions at city and regional level, such as jobs and housing.","why":"The Community of Practice says the approach only keeps its meaning when it is tied to what the city and the region can solve. Unemployment or housing shortages cannot be fixed within one neighbourhood. The neighbourhood shows the problem; the solution often lies at a higher level.","gap":"- Identify which neighbourhood problems need a city-wide or regional solution.\\n- Put those issues on the agenda of regional meetings.\\n- Agree with regional partners what they will contribute in the neighbourhoods.","strength":"Our neighbourhoods do not stand alone; city and region take part."},"stu.dilemma-regie":{"text":"How do we handle meetings and coordination in the neighbourhood approach?","left":"Cut back meetings and coordination","right":"More central direction and coordinating bodies","why":"The Community of Practice names this as one of the dilemmas in embedding the neighbourhood approach. Fewer meetings leave room to act. More central direction can bring coherence, for example through one shared goal and a single central budget holder, as the Wijkengids recommends.","leftRisk":"Partners work at cross purposes; nobody safeguards coherence.","rightRisk":"New meetings pile up; you end up with a meeting circuit that gets nothing done.","extremes":"At **−3**: check whether anyone still keeps an eye on the big picture. At **+3**: count the meetings and see what they produce. Lots of direction with few results points to a meeting circuit.","gap":"Moving left? Drop meetings that produce no decisions and set the organisation up for quick action. Moving right? Choose light-touch direction: one shared goal and one budget holder, without new layers of meetings."},"stu.dilemma-projecten":{"text":"How do we look at projects in the neighbourhood approach?","left":"Stop the project carousel","right":"Keep a flexible, project-based approach","why":"The Wijkengids asks administrators to stop the stream of separate projects, and the Community of Practice calls for staying power. Yet the same Community of Practice also says a temporary initiative may stay temporary, and that new approaches often start small. Both sides have good arguments.","leftRisk":"You lose room to experiment and to respond quickly to new opportunities.","rightRisk":"Projects follow one another without coherence; residents and partners grow tired of yet another new thing.","extremes":"At **−3**: keep room for small trials and temporary initiatives. At **+3**: check whether there is also lasting, long-term effort alongside the projects.","gap":"Moving left? List running projects, stop what does not work and build on what does with multi-year agreements. Moving right? Keep a small budget for trials and agree in advance when a project ends or becomes permanent."},"stu.dilemma-tempo":{"text":"How do we get to action?","left":"Act fast and account for it afterwards","right":"First build support and agreement","why":"The Community of Practice clearly favours action: better to explain afterwards what you did. The tips from Zaanstad put more weight on an approach that partners support, using their knowledge and research findings everyone can stand behind. It helps to choose your position consciously.","leftRisk":"Partners feel bypassed and drop out; decisions are reversed later.","rightRisk":"Plans wait until everyone agrees; the neighbourhood notices nothing.","extremes":"At **−3**: watch whether partners are still on board and whether you explain your choices well afterwards. At **+3**: look at how long decisions take and what the neighbourhood notices in the meantime.","gap":"Want to act faster? Start with small steps without full support and account for them openly afterwards. Want more support? Involve partners earlier, use their knowledge and base choices on research."},"stu.dilemma-schaal":{"text":"At which level do we mainly steer?","left":"The neighbourhood as the steering level","right":"City and region as the steering level","why":"The Community of Practice wants to make neighbourhood-based steering indispensable: the neighbourhood puts issues on the agenda and brings parties together. But the same source says the approach only keeps its meaning when tied to what the city and region can solve, including in the partnership with housing associations.","leftRisk":"Problems with causes beyond the neighbourhood, such as jobs and housing, are left untouched.","rightRisk":"You lose sight of what really concerns residents; policy is made far from the street.","extremes":"At **−3**: look at which problems you cannot solve within the neighbourhood. At **+3**: check whether signals from the neighbourhood still reach the table. The Community of Practice stresses switching smoothly between levels.","gap":"Want to steer more from the neighbourhood? Give area teams a mandate and a budget and let neighbourhood signals help set the agenda. Want to steer more at city and regional level? Link the approach to city-wide and regional agreements on jobs, housing and care."}}`,
    ),
  },
  D = {
    title: `Political and administrative embedding`,
    intro: `A neighbourhood approach needs elected leaders who genuinely stand behind it. But when only one alderman carries it, others soon see it as a personal hobby. This module asks whether the council, the executive and senior management carry the approach together, and what role you play yourself as an administrator. The Wijkengids (on embedding at administrative level and on what administrators advise each other) and the Community of Practice on the neighbourhood approach have a lot to say about this. The building blocks for the municipality as network partner raise a question about the council's role.`,
    items: {
      'ver.anker': {
        text: `Our neighbourhood approach is firmly embedded in politics and in the organisation, and does not depend on individual projects.`,
        why: `The Community of Practice lists firm embedding in government and organisation as one of its ten key insights. That takes a mix of measures: in structures and in people's attitudes, encouraging and at times confronting. This makes the approach less dependent on individual projects.`,
        gap: `- Take stock: where is the approach written down (coalition agreement, budget, organisation plan) and where not yet?
- Combine a structural measure (area teams, for example) with one aimed at attitude and behaviour (spending more time in the neighbourhood, for example).
- Discuss with central and provincial government how the approach keeps their attention too.`,
        strength: `The approach is broadly embedded and survives a change of project or person.`,
      },
      'ver.college-raad': {
        text: `The neighbourhood approach is on the agenda of the whole executive and the council, not just of one alderman.`,
        why: `Both the Wijkengids and the Community of Practice warn that when one alderman and a few professionals drive the approach, everyone else sees it as their hobby. That is why embedding it with the council, the executive and senior management matters so much. An administrator can secure that embedding in the executive personally.`,
        gap: `- Put the approach on the agenda of the full executive at least twice a year.
- Inform the council with more than figures: invite councillors to visit the neighbourhood.
- Link the approach's goals to the portfolios of other aldermen (employment, care, safety, housing).`,
        strength: `The approach belongs to the whole executive and council, not to one person.`,
      },
      'ver.ambtelijke-top': {
        text: `Our senior management visibly champions the neighbourhood approach across the whole organisation.`,
        why: `The Wijkengids and the Community of Practice mention senior management in the same breath as the council and the executive. Without backing from directors and managers, the approach stays with a handful of enthusiastic staff. When they leave, the approach leaves with them.`,
        gap: `- Make one member of the management board owner of the approach.
- Include the approach's goals in the assignments given to heads of department.
- Have senior management review progress with the area teams every year.`,
        strength: `Senior management champions the approach; it is not left to a few enthusiasts.`,
      },
      'ver.pleitbezorger': {
        text: `As administrators we stand up for the neighbourhood approach in the executive, including on matters from other portfolios.`,
        why: `The Wijkengids sees the administrator as the advocate and guardian of the integrated approach. In the executive, above all, you can make sure other portfolios take the neighbourhoods into account. That does not happen by itself; it needs attention again and again.`,
        gap: `- For every executive proposal, ask what it means for the neighbourhoods in the approach.
- Agree with fellow aldermen what their portfolio will contribute.
- Ask your officials to review proposals from other departments with the neighbourhoods in mind.`,
        strength: `You are a steady advocate for the approach within the executive.`,
      },
      'ver.bestuurlijke-inzet': {
        text: `Our partners notice that administrators are personally committed to the neighbourhood approach.`,
        why: `The Wijkengids found that a neighbourhood approach depends heavily on the commitment of administrators. Residents, housing associations, businesses and funds can work hard, but without administrators they achieve less. Partners need to be able to see that commitment.`,
        gap: `- Visit the neighbourhood yourself regularly and talk to residents and partners.
- Ask partners how they experience your commitment and what they need from you.
- Agree what you will do as an administrator when partners get stuck.`,
        strength: `Partners can see and feel that the administration backs the approach.`,
      },
      'ver.rugdekking': {
        text: `As an administration we back professionals who work off the beaten track, such as behind-the-front-door teams.`,
        why: `The Wijkengids advises administrators to give political cover to 'best persons', to work behind the front door and to multidisciplinary teams. Such work sometimes departs from the rules and can go wrong. Without backing from the top, professionals will take fewer risks.`,
        gap: `- Make clear how much room professionals have to depart from the rules.
- Agree what you will do when something goes wrong: you stand by them and you learn from it.
- Seek out the 'best persons' in your organisation and ask what they need.`,
        strength: `Professionals know the administration will back them when they try new routes.`,
      },
      'ver.bondgenoten': {
        text: `We actively look for allies and sponsors for the neighbourhood approach, inside and outside the municipality.`,
        why: `The Wijkengids and the Community of Practice teach the same lesson: go out and find allies, within your own system and beyond it. The Wijkengids adds that you should also look for other funding streams. The more parties take part, the sturdier the approach becomes.`,
        gap: `- Map potential allies: other departments, housing associations, funds, businesses, health insurers.
- Plan a conversation with a new potential partner every quarter.
- Look beyond your own budget for other sources of money, such as funds or regional resources.`,
        strength: `We keep building a wide circle of allies and sponsors.`,
      },
      'ver.sociale-agenda': {
        text: `For us, the neighbourhood approach is the foundation of the municipality's social agenda.`,
        why: `The Wijkengids and the Community of Practice both see the neighbourhood approach as the foundation of a strong social agenda. In the neighbourhood, policy comes closest to residents' daily lives. That is where you see what works and what does not.`,
        gap: `- State in the social policy vision or the coalition agreement what role the approach plays.
- Use what you learn in the neighbourhoods when drafting new social policy.
- Have social policy officers spend time with the area teams on a regular basis.`,
        strength: `The approach is the foundation of our social policy.`,
      },
      'ver.dilemma-boegbeeld': {
        text: `Who carries the neighbourhood approach in our municipality?`,
        left: `The alderman for neighbourhoods is its figurehead`,
        right: `The whole executive carries the approach`,
        why: `An alderman as the face of the approach brings energy and recognition; the Wijkengids shows how big a role administrators play. Yet five lessons from three sources point the other way. Without embedding in the whole executive, the council and senior management, the approach becomes one person's hobby.`,
        leftRisk: `The approach is seen as one alderman's hobby and disappears when they leave.`,
        rightRisk: `When everyone is responsible, no one feels ownership; the approach loses its face and its momentum.`,
        extremes: `At **−3** everything hangs on one person. Ask yourself: what happens after the next election? At **+3** the approach is widely shared, but check whether someone still visibly leads it and can be held to account.`,
        gap: `Moving from a figurehead to a widely shared approach? Put it on the executive's agenda, link it to other aldermen's portfolios and involve the council and senior management. Want more of a figurehead? Let one alderman visibly lead, but keep the executive as a whole responsible.`,
      },
      'ver.open-raad': {
        text: `What role do you give the municipal council when the municipality works as a network partner?`,
        why: `The building blocks for the municipality as network partner call this one of the hard questions. When the municipality makes room for initiatives without fixing their outcome in advance, the council's role changes too. It sets less in advance and talks more about what is actually happening.`,
        hint: `Think about what the council wants to know beforehand, how it keeps sight of results, and how councillors can see the neighbourhood for themselves.`,
      },
    },
  },
  ne = [`bestuurder`, `projectleider`, `trainer`],
  re = [`likert`, `frequency`, `instrument`, `dilemma`, `open`],
  ie = [`ja`, `deels`, `nee`, `gepland`];
function O(e) {
  let t = Object.values(e).filter((e) => typeof e == `number`);
  return Object.entries(e)
    .filter(([e, n]) => t.indexOf(+e) === -1)
    .map(([e, t]) => t);
}
function ae(e, t = `|`) {
  return e.map((e) => Ae(e)).join(t);
}
function oe(e, t) {
  return typeof t == `bigint` ? t.toString() : t;
}
var k = class {
  constructor(e) {
    ((this._getter = e), (this._value = void 0));
  }
  get value() {
    let e = this._getter;
    return (e !== void 0 && ((this._value = e()), (this._getter = void 0)), this._value);
  }
};
function se(e) {
  return new k(e);
}
function ce(e) {
  return e == null;
}
function le(e) {
  let t = +!!e.startsWith(`^`),
    n = e.endsWith(`$`) ? e.length - 1 : e.length;
  return e.slice(t, n);
}
function ue(e, t) {
  let n = e / t,
    r = Math.round(n),
    i = 4 * 2 ** -52 * Math.max(Math.abs(n), 1);
  return Math.abs(n - r) < i ? 0 : n - r;
}
var de = Symbol(`evaluating`);
function fe(e, t, n) {
  let r;
  Object.defineProperty(e, t, {
    get() {
      if (r !== de) return (r === void 0 && ((r = de), (r = n())), r);
    },
    set(n) {
      Object.defineProperty(e, t, { value: n });
    },
    configurable: !0,
  });
}
function pe(e, t, n) {
  Object.defineProperty(e, t, { value: n, writable: !0, enumerable: !0, configurable: !0 });
}
function me(e) {
  let t = Object.getOwnPropertyDescriptor(e, `shape`);
  return t?.get ? t.get.raw : t?.value;
}
function he(e) {
  return me(e._zod.def) ?? e._zod.def.shape;
}
function ge(e, t, n) {
  Object.defineProperty(e, t, {
    get() {
      let e = n();
      return (pe(this, t, e), e);
    },
    enumerable: !0,
    configurable: !0,
  });
}
function _e(e, t, n) {
  t in e ? pe(e, t, n) : (e[t] = n);
}
function ve(e, t, n, r) {
  let i = he(t);
  for (let a of n) {
    let n = Object.getOwnPropertyDescriptor(i, a);
    n.enumerable &&
      (n.get
        ? ge(e, a, () => {
            let e = t._zod.def.shape[a];
            return r ? r(e, a) : e;
          })
        : _e(e, a, r ? r(n.value, a) : n.value));
  }
}
function ye(e, t) {
  for (let n of Reflect.ownKeys(t)) {
    let r = Object.getOwnPropertyDescriptor(t, n);
    r.enumerable && (r.get ? ge(e, n, () => t[n]) : _e(e, n, r.value));
  }
}
function A(...e) {
  let t = {};
  for (let n of e) {
    let e = Object.getOwnPropertyDescriptors(n);
    Object.assign(t, e);
  }
  return Object.defineProperties({}, t);
}
function be(e) {
  return JSON.stringify(e);
}
function xe(e) {
  return e
    .toLowerCase()
    .trim()
    .replace(/[^\w\s-]/g, ``)
    .replace(/[\s_-]+/g, `-`)
    .replace(/^-+|-+$/g, ``);
}
var Se = `captureStackTrace` in Error ? Error.captureStackTrace : (...e) => {};
function Ce(e) {
  return typeof e == `object` && !!e && !Array.isArray(e);
}
var we = se(() => {
  if (yt.jitless || (typeof navigator < `u` && navigator?.userAgent?.includes(`Cloudflare`))) return !1;
  try {
    return (Function(``), !0);
  } catch {
    return !1;
  }
});
function Te(e) {
  if (Ce(e) === !1) return !1;
  let t = e.constructor;
  if (t === void 0 || typeof t != `function`) return !0;
  let n = t.prototype;
  return Ce(n) !== !1 && Object.prototype.hasOwnProperty.call(n, `isPrototypeOf`) !== !1;
}
function Ee(e) {
  return Te(e)
    ? { ...e }
    : Array.isArray(e)
      ? [...e]
      : e instanceof Map
        ? new Map(e)
        : e instanceof Set
          ? new Set(e)
          : e;
}
var De = new Set([`string`, `number`, `symbol`]);
function Oe(e) {
  return e.replace(/[.*+?^${}()|[\]\\]/g, `\\$&`);
}
function ke(e, t, n) {
  let r = new e._zod.constr(t ?? e._zod.def);
  return ((!t || n?.parent) && (r._zod.parent = e), r);
}
function j(e) {
  let t = e;
  if (!t) return {};
  if (typeof t == `string`) return { error: () => t };
  if (t?.message !== void 0) {
    if (t?.error !== void 0) throw Error('Cannot specify both `message` and `error` params');
    t.error = t.message;
  }
  return (delete t.message, typeof t.error == `string` ? { ...t, error: () => t.error } : t);
}
function Ae(e) {
  return typeof e == `bigint` ? e.toString() + `n` : typeof e == `string` ? `"${e}"` : `${e}`;
}
function je(e) {
  return Object.keys(e).filter((t) => e[t]._zod.optin !== void 0 && e[t]._zod.optout === `optional`);
}
var Me = {
    safeint: [-(2 ** 53 - 1), 2 ** 53 - 1],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-34028234663852886e22, 34028234663852886e22],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
  },
  Ne = {
    int64: [BigInt(`-9223372036854775808`), BigInt(`9223372036854775807`)],
    uint64: [BigInt(0), BigInt(`18446744073709551615`)],
  };
function Pe(e, t) {
  let n = e._zod.def,
    r = n.checks;
  if (r && r.length > 0) throw Error(`.pick() cannot be used on object schemas containing refinements`);
  let i = {};
  return (ve(i, e, Fe(e, t)), ke(e, A(n, { shape: i, checks: [] })));
}
function Fe(e, t) {
  let n = he(e),
    r = [];
  for (let e of Reflect.ownKeys(t)) {
    if (!Object.getOwnPropertyDescriptor(n, e)?.enumerable) throw Error(`Unrecognized key: "${String(e)}"`);
    t[e] && r.push(e);
  }
  return r;
}
function Ie(e, t) {
  let n = e._zod.def,
    r = n.checks;
  if (r && r.length > 0) throw Error(`.omit() cannot be used on object schemas containing refinements`);
  let i = new Set(Fe(e, t)),
    a = {};
  return (
    ve(
      a,
      e,
      Reflect.ownKeys(he(e)).filter((e) => !i.has(e)),
    ),
    ke(e, A(n, { shape: a, checks: [] }))
  );
}
function Le(e, t) {
  if (!Te(t)) throw Error(`Invalid input to extend: expected a plain object`);
  let n = e._zod.def.checks;
  if (n && n.length > 0) {
    let n = he(e);
    for (let e of Reflect.ownKeys(t))
      if (Object.getOwnPropertyDescriptor(n, e) !== void 0)
        throw Error(
          'Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.',
        );
  }
  return ke(e, A(e._zod.def, { shape: Re(e, t) }));
}
function Re(e, t) {
  let n = {};
  return (ve(n, e, Reflect.ownKeys(he(e))), ye(n, t), n);
}
function ze(e, t) {
  if (!Te(t)) throw Error(`Invalid input to safeExtend: expected a plain object`);
  return ke(e, A(e._zod.def, { shape: Re(e, t) }));
}
function Be(e, t) {
  if (!t?._zod?.def)
    throw Error(
      'Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.',
    );
  if (e._zod.def.checks?.length)
    throw Error(
      `.merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.`,
    );
  let n = {};
  return (
    ve(n, e, Reflect.ownKeys(he(e))),
    ve(n, t, Reflect.ownKeys(he(t))),
    ke(
      e,
      A(e._zod.def, {
        shape: n,
        get catchall() {
          return t._zod.def.catchall;
        },
        checks: t._zod.def.checks ?? [],
      }),
    )
  );
}
function Ve(e, t, n, r = `partial`) {
  let i = t._zod.def.checks;
  if (i && i.length > 0) throw Error(`.${r}() cannot be used on object schemas containing refinements`);
  let a = n ? new Set(Fe(t, n)) : void 0,
    o = {};
  return (
    ve(
      o,
      t,
      Reflect.ownKeys(he(t)),
      e && ((t, n) => (a && !a.has(n) ? t : new e({ type: `optional`, innerType: t }))),
    ),
    ke(t, A(t._zod.def, { shape: o, checks: [] }))
  );
}
function He(e, t, n) {
  let r = n ? new Set(Fe(t, n)) : void 0,
    i = {};
  return (
    ve(i, t, Reflect.ownKeys(he(t)), (t, n) =>
      r && !r.has(n) ? t : new e({ type: `nonoptional`, innerType: t }),
    ),
    ke(t, A(t._zod.def, { shape: i }))
  );
}
function Ue(e, t = 0) {
  if (e.aborted === !0) return !0;
  for (let n = t; n < e.issues.length; n++) if (e.issues[n]?.continue !== !0) return !0;
  return !1;
}
function We(e, t = 0) {
  if (e.aborted === !0) return !0;
  for (let n = t; n < e.issues.length; n++) if (e.issues[n]?.continue === !1) return !0;
  return !1;
}
function Ge(e, t) {
  return t.map((t) => {
    var n;
    return ((n = t).path ?? (n.path = []), t.path.unshift(e), t);
  });
}
function Ke(e) {
  return typeof e == `string` ? e : e?.message;
}
function qe(e) {
  let t = [];
  for (let n of e ?? []) {
    let e = n._zod.def;
    if (!/_(length|size)$|_equals$/.test(e.check)) break;
    let r = e.maximum ?? e.length ?? e.size;
    r >= 0 && t.push([r, n]);
  }
  return t;
}
function Je(e, t, n) {
  var r;
  for (let i = t; i < e.length; i++) (r = e[i]).schema ?? (r.schema = n);
}
function Ye(e, t, n) {
  var r;
  let i = e.inst?._zod?.traits;
  i?.has(`$ZodType`) && (i.has(`$ZodCheck`) ? ((r = e).schema ?? (r.schema = e.inst)) : (e.schema = e.inst));
  let a = e.schema === e.inst ? void 0 : e.schema?._zod.def?.error,
    o = e.message
      ? e.message
      : (Ke(e.inst?._zod.def?.error?.(e)) ??
        Ke(a?.(e)) ??
        Ke(t?.error?.(e)) ??
        Ke(n.customError?.(e)) ??
        Ke(n.localeError?.(e)) ??
        `Invalid input`),
    s = {};
  for (let t of Object.keys(e))
    t !== `inst` && t !== `schema` && t !== `continue` && t !== `input` && t !== `__proto__` && (s[t] = e[t]);
  return ((s.path ??= []), (s.message = o), t?.reportInput && (s.input = e.input), s);
}
var Xe = /[\uD800-\uDBFF]/;
function Ze(e) {
  let t = e.length;
  if (!Xe.test(e)) return t;
  let n = t;
  for (let r = 0; r < t - 1; r++)
    (e.charCodeAt(r) & 64512) == 55296 && (e.charCodeAt(r + 1) & 64512) == 56320 && (n--, r++);
  return n;
}
function Qe(e) {
  return Array.isArray(e) ? `array` : typeof e == `string` ? `string` : `unknown`;
}
function $e(e) {
  let t = typeof e;
  switch (t) {
    case `number`:
      return Number.isNaN(e) ? `nan` : `number`;
    case `object`: {
      if (e === null) return `null`;
      if (Array.isArray(e)) return `array`;
      let t = e;
      if (t && Object.getPrototypeOf(t) !== Object.prototype && `constructor` in t && t.constructor)
        return t.constructor.name;
    }
  }
  return t;
}
function et(...e) {
  let [t, n, r] = e;
  return typeof t == `string` ? { message: t, code: `custom`, input: n, inst: r } : { ...t };
}
function tt(e, t) {
  for (let n in t) {
    let r = Object.getOwnPropertyDescriptor(t, n);
    r.get ? Object.defineProperty(e, n, { ...r, enumerable: !1 }) : at(e, n, r.value);
  }
}
function nt(e, t, n, r = !0) {
  return (Object.defineProperty(e, t, { configurable: !0, writable: !0, enumerable: r, value: n }), n);
}
function rt(e, t, n) {
  return nt(e, t, n, !1);
}
function it(e, t) {
  for (let n in e) {
    let r = e[n];
    Object.defineProperty(t, n, {
      configurable: !0,
      enumerable: !0,
      get() {
        return nt(this, n, r(this));
      },
      set(e) {
        nt(this, n, e);
      },
    });
  }
  return t;
}
function at(e, t, n) {
  Object.defineProperty(e, t, {
    configurable: !0,
    get() {
      return this == null ? n : nt(this, t, n.bind(this));
    },
    set(e) {
      nt(this, t, e);
    },
  });
}
function ot(e, t) {
  let n = Object.getPrototypeOf(e);
  return t in n ? void 0 : n;
}
var st,
  ct = !1,
  lt = {
    configurable: !0,
    get() {
      ct = !0;
    },
  };
function M(e, t, n) {
  let r = Object.getPrototypeOf(e._zod);
  t in r && st !== e._zod
    ? (st = void 0)
    : ((st = e._zod),
      Object.defineProperty(r, t, {
        configurable: !0,
        get() {
          Object.defineProperty(this, t, lt);
          let e = ct;
          ct = !1;
          try {
            let r = n(this);
            return (
              ct
                ? delete this[t]
                : Object.defineProperty(this, t, { configurable: !0, writable: !0, value: r }),
              (ct ||= e),
              r
            );
          } catch (n) {
            throw (delete this[t], (ct ||= e), n);
          }
        },
        set(e) {
          Object.defineProperty(this, t, { configurable: !0, writable: !0, value: e });
        },
      }));
}
function ut(e, t, n, r) {
  let i = ot(e, t);
  i &&
    Object.defineProperty(i, t, {
      configurable: !0,
      get() {
        let e = { configurable: !0, writable: !0, enumerable: r, value: void 0 };
        return (
          Object.defineProperty(this, t, e),
          (e.value = n(this)),
          Object.defineProperty(this, t, e),
          e.value
        );
      },
      set(e) {
        Object.defineProperty(this, t, { configurable: !0, writable: !0, enumerable: r, value: e });
      },
    });
}
var dt = `~constantCatch`;
function ft(e) {
  let t = () => e;
  return ((t[dt] = !0), t);
}
var pt,
  mt = { value: void 0, enumerable: !1 },
  ht = `captureStackTrace` in Error ? Error : null;
function gt(e) {
  let t = ht;
  if (t) {
    let n = t.stackTraceLimit;
    if (typeof n == `number`) {
      try {
        t.stackTraceLimit = 0;
      } catch {
        return ((ht = null), new e());
      }
      try {
        return new e();
      } finally {
        t.stackTraceLimit = n;
      }
    }
  }
  return new e();
}
function N(e, t, n, r) {
  let i = {};
  function a(e) {
    ((this.def = e), (this.constr = d), (this.traits = new Set()));
  }
  a.prototype = i;
  let o = n,
    s = o && new WeakSet();
  function c(n, r) {
    if (!n._zod) {
      mt.value = new a(r);
      try {
        Object.defineProperty(n, '_zod', mt);
      } finally {
        mt.value = void 0;
      }
    } else if (n._zod.traits.has(e)) return;
    if ((n._zod.traits.add(e), t(n, r), s)) {
      let e = Object.getPrototypeOf(n),
        t = n._zod.constr.prototype,
        r = e;
      for (; r && r !== t;) r = Object.getPrototypeOf(r);
      let i = r ?? e;
      s.has(i) || (s.add(i), tt(i, o));
    }
    let i = d.prototype;
    for (let e in i) Object.prototype.hasOwnProperty.call(i, e) && (e in n || (n[e] = i[e].bind(n)));
  }
  let l = r?.Parent ?? Object;
  class u extends l {}
  Object.defineProperty(u, 'name', { value: e });
  function d(e) {
    let t = r?.Parent ? gt(u) : this;
    c(t, e);
    let n = t._zod.deferred;
    if (n) {
      for (let e of n) e();
      t._zod.deferred = void 0;
    }
    let i = globalThis.__zod_globalConfig?.postProcessor;
    return (i && i(t), t);
  }
  return (
    Object.defineProperty(d, 'init', { value: c }),
    Object.defineProperty(d, Symbol.hasInstance, {
      value: (t) => (r?.Parent && t instanceof r.Parent ? !0 : t?._zod?.traits?.has(e)),
    }),
    Object.defineProperty(d, 'name', { value: e }),
    d
  );
}
var _t = class extends Error {
    constructor() {
      super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
  },
  vt = class extends Error {
    constructor(e) {
      (super(`Encountered unidirectional transform during encode: ${e}`), (this.name = `ZodEncodeError`));
    }
  };
(pt = globalThis).__zod_globalConfig ?? (pt.__zod_globalConfig = {});
var yt = globalThis.__zod_globalConfig;
function bt(e) {
  return (e && Object.assign(yt, e), yt);
}
function xt() {
  let e = this._zod;
  return ((e.message ??= JSON.stringify(e.def, oe, 2)), e.message);
}
function St(e) {
  this._zod.message = e;
}
var Ct = { get: xt, set: St, enumerable: !0, configurable: !0 },
  wt = { value: void 0, enumerable: !1 },
  Tt = new WeakSet([Object.prototype, Error.prototype]),
  Et = N(`$ZodError`, (e, t) => {
    ((e.name = `$ZodError`),
      (wt.value = t),
      Object.defineProperty(e, 'issues', wt),
      (wt.value = void 0),
      Object.defineProperty(e, 'message', Ct));
    let n = Object.getPrototypeOf(e);
    Tt.has(n) ||
      (Tt.add(n),
      Object.defineProperty(n, 'toString', {
        configurable: !0,
        enumerable: !1,
        get() {
          let e = () => this.message;
          return (Object.defineProperty(this, 'toString', { value: e, configurable: !0, writable: !0 }), e);
        },
        set(e) {
          Object.defineProperty(this, 'toString', { value: e, configurable: !0, writable: !0 });
        },
      }));
  });
function Dt(e, t, n) {
  return (
    Object.prototype.hasOwnProperty.call(e, t) ||
      (t === `__proto__`
        ? Object.defineProperty(e, t, { value: n(), writable: !0, enumerable: !0, configurable: !0 })
        : (e[t] = n())),
    e[t]
  );
}
function Ot(e, t = (e) => e.message) {
  let n = {},
    r = [];
  for (let i of e.issues) i.path.length > 0 ? Dt(n, i.path[0], () => []).push(t(i)) : r.push(t(i));
  return { formErrors: r, fieldErrors: n };
}
function kt(e, t = (e) => e.message) {
  let n = { _errors: [] },
    r = (e, i = []) => {
      for (let a of e.issues)
        if (a.code === `invalid_union` && a.errors.length)
          a.errors.map((e) => r({ issues: e }, [...i, ...a.path]));
        else if (a.code === `invalid_key`) r({ issues: a.issues }, [...i, ...a.path]);
        else if (a.code === `invalid_element`) r({ issues: a.issues }, [...i, ...a.path]);
        else {
          let e = [...i, ...a.path];
          if (e.length === 0) n._errors.push(t(a));
          else {
            let r = n,
              i = 0;
            for (; i < e.length;) {
              let n = e[i],
                o = i === e.length - 1;
              if (n === `_errors`) {
                (o && r._errors.push(t(a)), i++);
                continue;
              }
              Object.prototype.hasOwnProperty.call(r, n) ||
                Object.defineProperty(r, n, {
                  value: { _errors: [] },
                  enumerable: !0,
                  writable: !0,
                  configurable: !0,
                });
              let s = r[n];
              (o && s._errors.push(t(a)), (r = s), i++);
            }
          }
        }
    };
  return (r(e), n);
}
function At(e, t) {
  return { callee: t?.callee ?? e, Err: t?.Err };
}
var jt = (e) => {
    let t = (n, r, i, a) => {
      let o = i ? { ...i, async: !1 } : { async: !1 },
        s = n._zod.run({ value: r, issues: [] }, o);
      if (s instanceof Promise) throw new _t();
      if (s.issues.length) {
        let n = new (a?.Err ?? e)(s.issues.map((e) => Ye(e, o, bt())));
        throw (Se(n, a?.callee ?? t), n);
      }
      return s.value;
    };
    return t;
  },
  Mt = (e) => {
    let t = async (n, r, i, a) => {
      let o = i ? { ...i, async: !0 } : { async: !0 },
        s = n._zod.run({ value: r, issues: [] }, o);
      if ((s instanceof Promise && (s = await s), s.issues.length)) {
        let n = new (a?.Err ?? e)(s.issues.map((e) => Ye(e, o, bt())));
        throw (Se(n, a?.callee ?? t), n);
      }
      return s.value;
    };
    return t;
  },
  Nt = (e) => (t, n, r) => {
    let i = r ? { ...r, async: !1 } : { async: !1 },
      a = t._zod.run({ value: n, issues: [] }, i);
    if (a instanceof Promise) throw new _t();
    return a.issues.length ? Pt(e, a.issues, i) : { success: !0, data: a.value };
  };
function Pt(e, t, n) {
  let r;
  return {
    success: !1,
    get error() {
      return (r || ((r = new e(t.map((e) => Ye(e, n, bt())))), (t = void 0), (n = void 0)), r);
    },
    set error(e) {
      ((r = e), (t = void 0), (n = void 0));
    },
  };
}
var Ft = (e) => async (t, n, r) => {
    let i = r ? { ...r, async: !0 } : { async: !0 },
      a = t._zod.run({ value: n, issues: [] }, i);
    return (
      a instanceof Promise && (a = await a),
      a.issues.length ? Pt(e, a.issues, i) : { success: !0, data: a.value }
    );
  },
  It = Symbol.for(`zod.compile.invalid`),
  Lt = Symbol.for(`zod.compile.fallback`),
  Rt = (e, t, n) => {
    let r = e._zod.bag.validator;
    if (r !== void 0) {
      if (r(t) !== It) return !0;
      if (r.definite === !0 && n === void 0) return !1;
    }
    return zt(e, t, n);
  };
function zt(e, t, n) {
  let r = n ? { ...n, async: !1, abortEarly: !0 } : { async: !1, abortEarly: !0 },
    i = e._zod.bag.fallbackRun,
    a;
  if (
    (i ? ((r[Lt] = !0), (a = i({ value: t, issues: [] }, r))) : (a = e._zod.run({ value: t, issues: [] }, r)),
    a instanceof Promise)
  )
    throw new _t();
  return a.issues.length === 0;
}
var Bt = async (e, t, n) => {
    let r = n ? { ...n, async: !0, abortEarly: !0 } : { async: !0, abortEarly: !0 },
      i = e._zod.run({ value: t, issues: [] }, r);
    return (i instanceof Promise && (i = await i), i.issues.length === 0);
  },
  Vt = (e) => {
    let t = jt(e),
      n = (e, r, i, a) => {
        let o = i ? { ...i, direction: `backward` } : { direction: `backward` };
        return t(e, r, o, At(n, a));
      };
    return n;
  },
  Ht = (e) => {
    let t = jt(e),
      n = (e, r, i, a) => t(e, r, i, At(n, a));
    return n;
  },
  Ut = (e) => {
    let t = Mt(e),
      n = async (e, r, i, a) => {
        let o = i ? { ...i, direction: `backward` } : { direction: `backward` };
        return await t(e, r, o, At(n, a));
      };
    return n;
  },
  Wt = (e) => {
    let t = Mt(e),
      n = async (e, r, i, a) => await t(e, r, i, At(n, a));
    return n;
  },
  Gt = (e) => (t, n, r) => {
    let i = r ? { ...r, direction: `backward` } : { direction: `backward` };
    return Nt(e)(t, n, i);
  },
  Kt = (e) => (t, n, r) => Nt(e)(t, n, r),
  qt = (e) => async (t, n, r) => {
    let i = r ? { ...r, direction: `backward` } : { direction: `backward` };
    return Ft(e)(t, n, i);
  },
  Jt = (e) => async (t, n, r) => Ft(e)(t, n, r),
  Yt = /^[cC][0-9a-z]{6,}$/,
  Xt = /^[0-9a-z]+$/,
  Zt = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/,
  Qt = /^[0-9a-vA-V]{20}$/,
  $t = /^[A-Za-z0-9]{27}$/,
  en = /^[a-zA-Z0-9_-]{21}$/;
function tn(e) {
  return RegExp(`^[a-zA-Z0-9_-]{${e}}$`);
}
var nn = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/,
  rn = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,
  an = (e) =>
    e
      ? RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`)
      : /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/,
  on =
    /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/,
  sn = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function cn() {
  return new RegExp(sn, `u`);
}
var ln =
    /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/,
  un =
    /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/,
  dn =
    /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/,
  fn =
    /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/,
  pn = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/,
  mn = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/,
  hn = /^https?$/,
  gn = /^\+[1-9]\d{6,14}$/,
  _n = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
function vn(e) {
  return RegExp(`^${e}$`);
}
var yn = vn(_n);
function bn(e) {
  let t = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  return typeof e.precision == `number`
    ? e.precision === -1
      ? `${t}`
      : e.precision === 0
        ? `${t}:[0-5]\\d`
        : `${t}:[0-5]\\d\\.\\d{${e.precision}}`
    : e.seconds
      ? `${t}:[0-5]\\d(?:\\.\\d+)?`
      : `${t}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function xn(e) {
  return RegExp(`^${bn(e)}$`);
}
function Sn(e) {
  let t = [`Z`];
  e.offset && t.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  let n = `${bn({ precision: e.precision, seconds: !0 })}(?:${t.join(`|`)})`,
    r = e.local ? `${n}|${bn({ precision: e.precision })}` : n;
  return RegExp(`^${_n}T(?:${r})$`);
}
var Cn = /^[\s\S]{0,}$/,
  wn = /^-?\d+$/,
  Tn = /^-?\d+(?:\.\d+)?$/,
  En = /^(?:true|false)$/i,
  Dn = /^[^A-Z]*$/,
  On = /^[^a-z]*$/,
  P = N(`$ZodCheck`, (e, t) => {
    var n;
    ((e._zod ??= {}), (e._zod.def = t), (n = e._zod).onattach ?? (n.onattach = []));
  }),
  kn = (e) => {
    let t = e.value;
    return !ce(t) && t.length !== void 0;
  },
  An = { number: `number`, bigint: `bigint`, object: `date` },
  jn = N(`$ZodCheckLessThan`, (e, t) => {
    P.init(e, t);
    let n = An[typeof t.value];
    e._zod.check = (r) => {
      (t.inclusive ? r.value <= t.value : r.value < t.value) ||
        r.issues.push({
          origin: An[typeof r.value] ?? n,
          code: `too_big`,
          maximum: typeof t.value == `object` ? t.value.getTime() : t.value,
          input: r.value,
          inclusive: t.inclusive,
          inst: e,
          continue: !t.abort,
        });
    };
  }),
  Mn = N(`$ZodCheckGreaterThan`, (e, t) => {
    P.init(e, t);
    let n = An[typeof t.value];
    e._zod.check = (r) => {
      (t.inclusive ? r.value >= t.value : r.value > t.value) ||
        r.issues.push({
          origin: An[typeof r.value] ?? n,
          code: `too_small`,
          minimum: typeof t.value == `object` ? t.value.getTime() : t.value,
          input: r.value,
          inclusive: t.inclusive,
          inst: e,
          continue: !t.abort,
        });
    };
  }),
  Nn = N(`$ZodCheckMultipleOf`, (e, t) => {
    (P.init(e, t),
      (e._zod.check = (n) => {
        if (typeof n.value != typeof t.value)
          throw Error(`Cannot mix number and bigint in multiple_of check.`);
        (typeof n.value == `bigint`
          ? t.value !== BigInt(0) && n.value % t.value === BigInt(0)
          : ue(n.value, t.value) === 0) ||
          n.issues.push({
            origin: typeof n.value,
            code: `not_multiple_of`,
            divisor: t.value,
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      }));
  }),
  Pn = N(`$ZodCheckNumberFormat`, (e, t) => {
    (P.init(e, t), (t.format = t.format || `float64`));
    let n = t.format?.includes(`int`),
      r = n ? `int` : `number`,
      [i, a] = Me[t.format];
    e._zod.check = (o) => {
      let s = o.value;
      if (n) {
        if (!Number.isInteger(s)) {
          o.issues.push({
            expected: r,
            format: t.format,
            code: `invalid_type`,
            continue: !1,
            input: s,
            inst: e,
          });
          return;
        }
        if (!Number.isSafeInteger(s)) {
          s > 0
            ? o.issues.push({
                input: s,
                code: `too_big`,
                maximum: 2 ** 53 - 1,
                note: `Integers must be within the safe integer range.`,
                inst: e,
                origin: r,
                inclusive: !0,
                continue: !t.abort,
              })
            : o.issues.push({
                input: s,
                code: `too_small`,
                minimum: -(2 ** 53 - 1),
                note: `Integers must be within the safe integer range.`,
                inst: e,
                origin: r,
                inclusive: !0,
                continue: !t.abort,
              });
          return;
        }
      }
      (s < i &&
        o.issues.push({
          origin: `number`,
          input: s,
          code: `too_small`,
          minimum: i,
          inclusive: !0,
          inst: e,
          continue: !t.abort,
        }),
        s > a &&
          o.issues.push({
            origin: `number`,
            input: s,
            code: `too_big`,
            maximum: a,
            inclusive: !0,
            inst: e,
            continue: !t.abort,
          }));
    };
  }),
  Fn = N(`$ZodCheckMaxLength`, (e, t) => {
    var n;
    (P.init(e, t),
      (n = e._zod.def).when ?? (n.when = kn),
      (e._zod.check = (n) => {
        let r = n.value,
          i = r.length;
        if ((typeof r == `string` && i > t.maximum ? Ze(r) : i) <= t.maximum) return;
        let a = Qe(r);
        n.issues.push({
          origin: a,
          code: `too_big`,
          maximum: t.maximum,
          inclusive: !0,
          input: r,
          inst: e,
          continue: !t.abort,
        });
      }));
  }),
  In = N(`$ZodCheckMinLength`, (e, t) => {
    var n;
    (P.init(e, t),
      (n = e._zod.def).when ?? (n.when = kn),
      (e._zod.check = (n) => {
        let r = n.value,
          i = r.length;
        if ((typeof r == `string` && i >= t.minimum && i < t.minimum * 2 ? Ze(r) : i) >= t.minimum) return;
        let a = Qe(r);
        n.issues.push({
          origin: a,
          code: `too_small`,
          minimum: t.minimum,
          inclusive: !0,
          input: r,
          inst: e,
          continue: !t.abort,
        });
      }));
  }),
  Ln = N(`$ZodCheckLengthEquals`, (e, t) => {
    var n;
    (P.init(e, t),
      (n = e._zod.def).when ?? (n.when = kn),
      (e._zod.check = (n) => {
        let r = n.value,
          i = r.length,
          a = typeof r == `string` && i >= t.length && i <= t.length * 2 ? Ze(r) : i;
        if (a === t.length) return;
        let o = Qe(r),
          s = a > t.length;
        n.issues.push({
          origin: o,
          ...(s ? { code: `too_big`, maximum: t.length } : { code: `too_small`, minimum: t.length }),
          inclusive: !0,
          exact: !0,
          input: n.value,
          inst: e,
          continue: !t.abort,
        });
      }));
  }),
  Rn = N(`$ZodCheckStringFormat`, (e, t) => {
    var n, r;
    (P.init(e, t),
      t.pattern
        ? ((n = e._zod).check ??
          (n.check = (n) => {
            ((t.pattern.lastIndex = 0),
              t.pattern.test(n.value) ||
                n.issues.push({
                  origin: `string`,
                  code: `invalid_format`,
                  format: t.format,
                  input: n.value,
                  ...(t.pattern ? { pattern: t.pattern.toString() } : {}),
                  inst: e,
                  continue: !t.abort,
                }));
          }))
        : ((r = e._zod).check ?? (r.check = () => {})));
  }),
  zn = N(`$ZodCheckRegex`, (e, t) => {
    (Rn.init(e, t),
      (e._zod.check = (n) => {
        ((t.pattern.lastIndex = 0),
          t.pattern.test(n.value) ||
            n.issues.push({
              origin: `string`,
              code: `invalid_format`,
              format: `regex`,
              input: n.value,
              pattern: t.pattern.toString(),
              inst: e,
              continue: !t.abort,
            }));
      }));
  }),
  Bn = N(`$ZodCheckLowerCase`, (e, t) => {
    ((t.pattern ??= Dn), Rn.init(e, t));
  }),
  Vn = N(`$ZodCheckUpperCase`, (e, t) => {
    ((t.pattern ??= On), Rn.init(e, t));
  }),
  Hn = N(`$ZodCheckIncludes`, (e, t) => {
    P.init(e, t);
    let n = Oe(t.includes);
    ((t.pattern = new RegExp(typeof t.position == `number` ? `^.{${t.position},}${n}` : n)),
      (e._zod.check = (n) => {
        n.value.includes(t.includes, t.position) ||
          n.issues.push({
            origin: `string`,
            code: `invalid_format`,
            format: `includes`,
            includes: t.includes,
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      }));
  }),
  Un = N(`$ZodCheckStartsWith`, (e, t) => {
    P.init(e, t);
    let n = RegExp(`^${Oe(t.prefix)}.*`);
    ((t.pattern ??= n),
      (e._zod.check = (n) => {
        n.value.startsWith(t.prefix) ||
          n.issues.push({
            origin: `string`,
            code: `invalid_format`,
            format: `starts_with`,
            prefix: t.prefix,
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      }));
  }),
  Wn = N(`$ZodCheckEndsWith`, (e, t) => {
    P.init(e, t);
    let n = RegExp(`.*${Oe(t.suffix)}$`);
    ((t.pattern ??= n),
      (e._zod.check = (n) => {
        n.value.endsWith(t.suffix) ||
          n.issues.push({
            origin: `string`,
            code: `invalid_format`,
            format: `ends_with`,
            suffix: t.suffix,
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      }));
  }),
  Gn = N(`$ZodCheckOverwrite`, (e, t) => {
    (P.init(e, t),
      (e._zod.check = (e) => {
        e.value = t.tx(e.value);
      }));
  }),
  Kn = class {
    constructor(e = [], t = {}) {
      ((this.content = []), (this.indent = 0), (this.args = e), (this.closed = t));
    }
    indented(e) {
      this.indent += 1;
      try {
        e(this);
      } finally {
        --this.indent;
      }
    }
    write(e) {
      if (typeof e == `function`) {
        (e(this, { execution: `sync` }), e(this, { execution: `async` }));
        return;
      }
      let t = e
          .split(
            `
`,
          )
          .filter((e) => e),
        n = Math.min(...t.map((e) => e.length - e.trimStart().length)),
        r = t.map((e) => e.slice(n)).map((e) => ` `.repeat(this.indent * 2) + e);
      for (let e of r) this.content.push(e);
    }
    compile() {
      let e = Function,
        t = this?.content ?? [``];
      return new e(
        ...Object.keys(this.closed),
        `return function (${this.args.join(`, `)}) {\n${t.join(`
`)}\n};`,
      )(...Object.values(this.closed));
    }
  },
  qn = { major: 4, minor: 6, patch: 7 },
  F = N(
    `$ZodType`,
    (e, t) => {
      var n;
      ((e ??= {}), (e._zod.def = t), (e._zod.bag = e._zod.bag || {}), (e._zod.version = qn));
      let r = e._zod.def.checks,
        i = e._zod.traits.has(`$ZodCheck`) ? [e, ...(r ?? [])] : r?.length ? [...r] : [];
      for (let t of i) for (let n of t._zod.onattach) n(e);
      if (i.length === 0)
        ((n = e._zod).deferred ?? (n.deferred = []),
          e._zod.deferred?.push(() => {
            e._zod.run = e._zod.parse;
          }));
      else {
        let t = (t, n, r) => {
            if (t.memo) return t;
            let i = Ue(t),
              a;
            for (let o of n) {
              if (o._zod.def.when) {
                if (We(t) || !o._zod.def.when(t)) continue;
              } else if (i) continue;
              let n = t.issues.length,
                s = o._zod.check(t);
              if (s instanceof Promise && r?.async === !1) throw new _t();
              if (a || s instanceof Promise)
                a = (a ?? Promise.resolve()).then(async () => {
                  (await s, t.issues.length !== n && (Je(t.issues, n, e), (i ||= Ue(t, n))));
                });
              else {
                if (t.issues.length === n) continue;
                (Je(t.issues, n, e), (i ||= Ue(t, n)));
              }
            }
            return a ? a.then(() => t) : t;
          },
          n = (n, r, a) => {
            if (Ue(n)) return ((n.aborted = !0), n);
            let o = t(r, i, a);
            if (o instanceof Promise) {
              if (a.async === !1) throw new _t();
              return o.then((t) => e._zod.parse(t, a));
            }
            return e._zod.parse(o, a);
          };
        e._zod.run = (r, a) => {
          if (a.skipChecks) return e._zod.parse(r, a);
          if (a.direction === `backward`) {
            let t = e._zod.parse({ value: r.value, issues: [] }, { ...a, skipChecks: !0 });
            return t instanceof Promise ? t.then((e) => n(e, r, a)) : n(t, r, a);
          }
          let o = e._zod.parse(r, a);
          if (o instanceof Promise) {
            if (a.async === !1) throw new _t();
            return o.then((e) => t(e, i, a));
          }
          return t(o, i, a);
        };
      }
    },
    {
      get '~standard'() {
        return rt(this, `~standard`, Xn(this));
      },
      set '~standard'(e) {
        nt(this, `~standard`, e);
      },
    },
  ),
  Jn = (e, t) => (e.issues.length ? { issues: e.issues.map((e) => Ye(e, t, bt())) } : { value: e.value });
async function Yn(e, t) {
  let n = { async: !0 };
  return Jn(await e._zod.run({ value: t, issues: [] }, n), n);
}
function Xn(e) {
  return {
    validate: (t) => {
      let n = { async: !1 };
      try {
        let r = e._zod.run({ value: t, issues: [] }, n);
        if (!(r instanceof Promise)) return Jn(r, n);
      } catch {}
      return Yn(e, t);
    },
    vendor: `zod`,
    version: 1,
  };
}
var Zn = N(`$ZodString`, (e, t) => {
    (F.init(e, t),
      (e._zod.pattern = t.pattern ?? Cn),
      (e._zod.parse = (n, r) => {
        if (t.coerce)
          try {
            n.value = String(n.value);
          } catch {}
        return (
          typeof n.value == `string` ||
            n.issues.push({ expected: `string`, code: `invalid_type`, input: n.value, inst: e }),
          n
        );
      }));
  }),
  I = N(`$ZodStringFormat`, (e, t) => {
    (Rn.init(e, t), Zn.init(e, t));
  }),
  Qn = N(`$ZodGUID`, (e, t) => {
    ((t.pattern ??= rn), I.init(e, t));
  }),
  $n = N(`$ZodUUID`, (e, t) => {
    if (t.version) {
      let e = { v1: 1, v2: 2, v3: 3, v4: 4, v5: 5, v6: 6, v7: 7, v8: 8 }[t.version];
      if (e === void 0) throw Error(`Invalid UUID version: "${t.version}"`);
      t.pattern ??= an(e);
    } else t.pattern ??= an();
    I.init(e, t);
  }),
  er = N(`$ZodEmail`, (e, t) => {
    ((t.pattern ??= on), I.init(e, t));
  });
function tr(e) {
  try {
    return typeof URL < `u` && typeof URL.canParse == `function` ? URL.canParse(e) : (new URL(e), !0);
  } catch {
    return !1;
  }
}
function nr(e, t) {
  return !(`normalize` in t) && !(`hostname` in t) && !(`protocol` in t) ? tr(e) || 2 : rr(e, t);
}
function rr(e, t) {
  if (!t.normalize && t.protocol?.source === hn.source && !/^https?:\/\//i.test(e)) return 1;
  try {
    if (typeof URL < `u`) {
      let t = URL;
      if (typeof t.parse == `function`) return t.parse(e) ?? 2;
    }
    return new URL(e);
  } catch {
    return 2;
  }
}
var ir = /[\t\n\r]/g;
function ar(e) {
  return e.replace(ir, ``);
}
function or(e, t) {
  return ((t.lastIndex = 0), t.test(e.hostname));
}
function sr(e, t) {
  return ((t.lastIndex = 0), t.test(e.protocol.endsWith(`:`) ? e.protocol.slice(0, -1) : e.protocol));
}
var cr = N(`$ZodURL`, (e, t) => {
    (I.init(e, t),
      (e._zod.check = (n) => {
        try {
          let r = n.value.trim(),
            i = nr(r, t);
          if (i === 1) {
            n.issues.push({
              code: `invalid_format`,
              format: `url`,
              note: `Invalid URL format`,
              input: n.value,
              inst: e,
              continue: !t.abort,
            });
            return;
          }
          if (i === 2) {
            n.issues.push({
              code: `invalid_format`,
              format: `url`,
              input: n.value,
              inst: e,
              continue: !t.abort,
            });
            return;
          }
          if (i === !0) {
            n.value = ar(r);
            return;
          }
          (t.hostname &&
            !or(i, t.hostname) &&
            n.issues.push({
              code: `invalid_format`,
              format: `url`,
              note: `Invalid hostname`,
              pattern: t.hostname.source,
              input: n.value,
              inst: e,
              continue: !t.abort,
            }),
            t.protocol &&
              !sr(i, t.protocol) &&
              n.issues.push({
                code: `invalid_format`,
                format: `url`,
                note: `Invalid protocol`,
                pattern: t.protocol.source,
                input: n.value,
                inst: e,
                continue: !t.abort,
              }),
            (n.value = t.normalize ? i.href : ar(r)));
          return;
        } catch {
          n.issues.push({
            code: `invalid_format`,
            format: `url`,
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
        }
      }));
  }),
  lr = N(`$ZodEmoji`, (e, t) => {
    ((t.pattern ??= cn()), I.init(e, t));
  }),
  ur = N(`$ZodNanoID`, (e, t) => {
    if (t.length !== void 0 && (!Number.isInteger(t.length) || t.length < 1))
      throw Error(`Invalid nanoid length: ${t.length}`);
    ((t.pattern ??= t.length === void 0 ? en : tn(t.length)), I.init(e, t));
  }),
  dr = N(`$ZodCUID`, (e, t) => {
    ((t.pattern ??= Yt), I.init(e, t));
  }),
  fr = N(`$ZodCUID2`, (e, t) => {
    ((t.pattern ??= Xt), I.init(e, t));
  }),
  pr = N(`$ZodULID`, (e, t) => {
    ((t.pattern ??= Zt), I.init(e, t));
  }),
  mr = N(`$ZodXID`, (e, t) => {
    ((t.pattern ??= Qt), I.init(e, t));
  }),
  hr = N(`$ZodKSUID`, (e, t) => {
    ((t.pattern ??= $t), I.init(e, t));
  }),
  gr = N(`$ZodISODateTime`, (e, t) => {
    ((t.pattern ??= Sn(t)), I.init(e, t));
  }),
  _r = N(`$ZodISODate`, (e, t) => {
    ((t.pattern ??= yn), I.init(e, t));
  }),
  vr = N(`$ZodISOTime`, (e, t) => {
    ((t.pattern ??= xn(t)), I.init(e, t));
  }),
  yr = N(`$ZodISODuration`, (e, t) => {
    ((t.pattern ??= nn), I.init(e, t));
  }),
  br = N(`$ZodIPv4`, (e, t) => {
    ((t.pattern ??= ln), I.init(e, t));
  }),
  xr = /^[0-9a-fA-F:.]+$/;
function Sr(e) {
  return xr.test(e) ? tr(`http://[${e}]`) : !1;
}
var Cr = N(`$ZodIPv6`, (e, t) => {
    ((t.pattern ??= un),
      I.init(e, t),
      (e._zod.check = (n) => {
        Sr(n.value) ||
          n.issues.push({
            code: `invalid_format`,
            format: `ipv6`,
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      }));
  }),
  wr = N(`$ZodCIDRv4`, (e, t) => {
    ((t.pattern ??= dn), I.init(e, t));
  });
function Tr(e) {
  let t = e.split(`/`);
  if (t.length !== 2) return !1;
  let [n, r] = t;
  if (!r) return !1;
  let i = Number(r);
  return `${i}` !== r || i < 0 || i > 128 ? !1 : Sr(n);
}
var Er = N(`$ZodCIDRv6`, (e, t) => {
  ((t.pattern ??= fn),
    I.init(e, t),
    (e._zod.check = (n) => {
      Tr(n.value) ||
        n.issues.push({
          code: `invalid_format`,
          format: `cidrv6`,
          input: n.value,
          inst: e,
          continue: !t.abort,
        });
    }));
});
function Dr(e) {
  if (e === ``) return !0;
  if (/\s/.test(e) || e.length % 4 != 0) return !1;
  try {
    return (atob(e), !0);
  } catch {
    return !1;
  }
}
var Or = /^[0-9a-zA-Z+/]*={0,2}$/,
  kr = N(`$ZodBase64`, (e, t) => {
    ((t.pattern ??= Or),
      I.init(e, t),
      (e._zod.check = (n) => {
        Dr(n.value) ||
          n.issues.push({
            code: `invalid_format`,
            format: `base64`,
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      }));
  }),
  Ar = /^[A-Za-z0-9_-]*$/;
function jr(e) {
  if (!Ar.test(e)) return !1;
  let t = e.replace(/[-_]/g, (e) => (e === `-` ? `+` : `/`));
  return Dr(t.padEnd(Math.ceil(t.length / 4) * 4, `=`));
}
var Mr = N(`$ZodBase64URL`, (e, t) => {
    ((t.pattern ??= Ar),
      I.init(e, t),
      (e._zod.check = (n) => {
        jr(n.value) ||
          n.issues.push({
            code: `invalid_format`,
            format: `base64url`,
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      }));
  }),
  Nr = N(`$ZodE164`, (e, t) => {
    ((t.pattern ??= gn), I.init(e, t));
  });
function Pr(e, t = null) {
  try {
    let n = e.split(`.`);
    if (n.length !== 3) return !1;
    let [r] = n;
    if (!r) return !1;
    let i = JSON.parse(atob(r));
    return !((`typ` in i && i?.typ !== `JWT`) || !i.alg || (t && (!(`alg` in i) || i.alg !== t)));
  } catch {
    return !1;
  }
}
var Fr = N(`$ZodJWT`, (e, t) => {
    (I.init(e, t),
      (e._zod.check = (n) => {
        Pr(n.value, t.alg) ||
          n.issues.push({
            code: `invalid_format`,
            format: `jwt`,
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      }));
  }),
  Ir = N(`$ZodNumber`, (e, t) => {
    (F.init(e, t),
      (e._zod.pattern = Tn),
      (e._zod.parse = (n, r) => {
        if (t.coerce)
          try {
            n.value = Number(n.value);
          } catch {}
        let i = n.value;
        if (typeof i == `number` && !Number.isNaN(i) && Number.isFinite(i)) return n;
        let a =
          typeof i == `number` ? (Number.isNaN(i) ? `NaN` : Number.isFinite(i) ? void 0 : String(i)) : void 0;
        return (
          n.issues.push({
            expected: `number`,
            code: `invalid_type`,
            input: i,
            inst: e,
            ...(a ? { received: a } : {}),
          }),
          n
        );
      }));
  }),
  Lr = N(`$ZodNumberFormat`, (e, t) => {
    (Pn.init(e, t), Ir.init(e, t));
  }),
  Rr = N(`$ZodBoolean`, (e, t) => {
    (F.init(e, t),
      (e._zod.pattern = En),
      (e._zod.parse = (n, r) => {
        if (t.coerce)
          try {
            n.value = !!n.value;
          } catch {}
        let i = n.value;
        return (
          typeof i == `boolean` ||
            n.issues.push({ expected: `boolean`, code: `invalid_type`, input: i, inst: e }),
          n
        );
      }));
  }),
  zr = N(`$ZodUnknown`, (e, t) => {
    (F.init(e, t), (e._zod.parse = (e) => e));
  }),
  Br = N(`$ZodNever`, (e, t) => {
    (F.init(e, t),
      (e._zod.parse = (t, n) => (
        t.issues.push({ expected: `never`, code: `invalid_type`, input: t.value, inst: e }),
        t
      )));
  });
function Vr(e, t) {
  let n = qe(e._zod.def.checks);
  if (!n.length) return;
  let r = Math.min(...n.map((e) => e[0])),
    i = e._zod.parse;
  e._zod.parse = (n, a) => {
    let o = t(n.value);
    if (o > r && !a?.skipChecks && a?.direction !== `backward`) {
      for (let [t, r] of qe(e._zod.def.checks))
        if (o > t && r._zod.def.when(n)) {
          let t = n.issues.length;
          return (r._zod.check(n), (n.issues[t].continue = !1), Je(n.issues, t, e), n);
        }
    }
    return i(n, a);
  };
}
var Hr = (e) => (Array.isArray(e) ? e.length : -1);
function Ur(e, t, n) {
  (e.issues.length && t.issues.push(...Ge(n, e.issues)), (t.value[n] = e.value));
}
var Wr = N(`$ZodArray`, (e, t) => {
  F.init(e, t);
  let n = yt.memoizer;
  (n?.attach(e),
    (e._zod.parse = (r, i) => {
      let a = r.value;
      if (!Array.isArray(a))
        return (r.issues.push({ expected: `array`, code: `invalid_type`, input: a, inst: e }), r);
      r.value = n ? n.alloc(e, r, Array(a.length), i) : Array(a.length);
      let o = [],
        s = i?.abortEarly;
      for (let e = 0; e < a.length; e++) {
        let n = a[e],
          c = t.element._zod.run({ value: n, issues: [] }, i);
        if (c instanceof Promise) o.push(c.then((t) => Ur(t, r, e)));
        else if ((Ur(c, r, e), s && c.issues.length !== 0 && Ue(c))) break;
      }
      return o.length ? Promise.all(o).then(() => r) : r;
    }),
    Vr(e, Hr));
});
function Gr(e, t, n, r, i, a) {
  let o = n in r,
    s = a === `optional`;
  if (o || !s || i !== `optional`) {
    if (e.issues.length) {
      if (i !== void 0 && s && !o) return;
      t.issues.push(...Ge(n, e.issues));
    }
    !o && i === void 0
      ? e.issues.length ||
        t.issues.push({ code: `invalid_type`, expected: `nonoptional`, input: void 0, path: [n] })
      : e.value === void 0
        ? (o || (i === `defaulted` && !s)) && (t.value[n] = void 0)
        : (t.value[n] = e.value);
  }
}
var Kr = [];
function qr(e) {
  let t = Object.keys(e.shape),
    n = Object.getOwnPropertySymbols(e.shape),
    r = n.length ? n : Kr,
    i = r.length ? [...t, ...r] : t;
  for (let t of i)
    if (!e.shape?.[t]?._zod?.traits?.has(`$ZodType`))
      throw Error(`Invalid element at key "${String(t)}": expected a Zod schema`);
  let a = je(e.shape);
  return { ...e, allKeys: i, symbolKeys: r, keySet: new Set(t), numKeys: t.length, optionalKeys: new Set(a) };
}
function Jr(e, t, n, r, i, a, o) {
  let s = [],
    c = i.keySet,
    l = i.catchall._zod,
    u = l.def.type,
    d = l.optin,
    f = l.optout,
    p = 0;
  for (let i in t) {
    if (o && n.issues.length !== p) {
      if (Ue(n, p)) break;
      p = n.issues.length;
    }
    if (c.has(i)) continue;
    if (i === `__proto__`) {
      u === `never` && s.push(i);
      continue;
    }
    if (u === `never`) {
      s.push(i);
      continue;
    }
    let a = l.run({ value: t[i], issues: [] }, r);
    a instanceof Promise ? e.push(a.then((e) => Gr(e, n, i, t, d, f))) : Gr(a, n, i, t, d, f);
  }
  return (
    s.length && n.issues.push({ code: `unrecognized_keys`, keys: s, input: t, inst: a, continue: !0 }),
    e.length ? Promise.all(e).then(() => n) : n
  );
}
var Yr = N(`$ZodObject`, (e, t) => {
    F.init(e, t);
    let n = Object.getOwnPropertyDescriptor(t, `shape`),
      r = n?.get ? n.get.raw : (t.shape ?? {});
    if (r) {
      let e = () => {
        let n = { ...r };
        return (Object.defineProperty(t, 'shape', { value: n }), (e.raw = n), n);
      };
      ((e.raw = r), Object.defineProperty(t, 'shape', { get: e }));
    }
    let i = se(() => qr(t));
    M(e, `propValues`, (e) => {
      let t = e.def.shape,
        n = {};
      for (let e in t) {
        let r = t[e]._zod;
        if (r.values) {
          Object.prototype.hasOwnProperty.call(n, e) || pe(n, e, new Set());
          for (let t of r.values) n[e].add(t);
          r.optin !== void 0 && n[e].add(void 0);
        }
      }
      return n;
    });
    let a = Ce,
      o = t.catchall,
      s,
      c = yt.memoizer;
    (c?.attach(e),
      (e._zod.parse = (t, n) => {
        s ??= i.value;
        let r = t.value;
        if (!a(r)) return (t.issues.push({ expected: `object`, code: `invalid_type`, input: r, inst: e }), t);
        t.value = c ? c.alloc(e, t, {}, n) : {};
        let l = [],
          u = s.shape,
          d = n?.abortEarly,
          f = t.issues.length;
        for (let e of s.allKeys) {
          if (d && t.issues.length !== f) {
            if (Ue(t, f)) break;
            f = t.issues.length;
          }
          if (e === `__proto__`) continue;
          let i = u[e],
            a = i._zod.optin,
            o = i._zod.optout,
            s = i._zod.run({ value: r[e], issues: [] }, n);
          s instanceof Promise ? l.push(s.then((n) => Gr(n, t, e, r, a, o))) : Gr(s, t, e, r, a, o);
        }
        return o ? Jr(l, r, t, n, i.value, e, d === !0) : l.length ? Promise.all(l).then(() => t) : t;
      }));
  }),
  Xr = N(`$ZodObjectJIT`, (e, t) => {
    Yr.init(e, t);
    let n = e._zod.parse,
      r = se(() => qr(t)),
      i = yt.memoizer,
      a = (t) => {
        let n = r.value,
          a = n.symbolKeys,
          o = new Kn([`payload`, `ctx`], { shape: t, inst: e, memo: i, syms: a }),
          s = (e) => `shape[${e}]._zod.run({ value: input[${e}], issues: [] }, ctx)`,
          c = (e, t) => `
          let ${e}_ab = false;
          for (let i = 0; i < ${e}.issues.length; i++) {
            const iss = ${e}.issues[i];
            iss.path = iss.path ? [${t}, ...iss.path] : [${t}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${e}_ab = true;
          }
          if (${e}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        o.write(`const input = payload.value;`);
        let l = Object.create(null),
          u = 0;
        for (let e of n.allKeys) l[e] = `key_${u++}`;
        o.write(i ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (let e of n.allKeys) {
          if (e === `__proto__`) continue;
          let n = l[e],
            r = typeof e == `symbol` ? `syms[${a.indexOf(e)}]` : be(e),
            i = `${r} in input`,
            u = t[e],
            d = u?._zod?.optin,
            f = d !== void 0,
            p = u?._zod?.optout === `optional`;
          if ((o.write(`const ${n} = ${s(r)};`), f && p)) {
            let e = d === `optional` ? `${n}_present` : `${n}.value !== undefined || ${n}_present`;
            o.write(`
        const ${n}_present = ${i};
        if (!${n}.issues.length || ${n}_present) {
          if (${n}.issues.length) {${c(n, r)}
          }

          if (${e}) {
            newResult[${r}] = ${n}.value;
          }
        }

      `);
          } else
            f
              ? (o.write(`
        if (${n}.issues.length) {${c(n, r)}
        }
      `),
                d === `defaulted`
                  ? o.write(`newResult[${r}] = ${n}.value;`)
                  : o.write(`
        if (${n}.value !== undefined || ${i}) {
          newResult[${r}] = ${n}.value;
        }
      `))
              : o.write(`
        const ${n}_present = ${i};
        if (${n}.issues.length) {${c(n, r)}
        }
        if (!${n}_present && !${n}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${r}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${n}_present) {
          newResult[${r}] = ${n}.value;
        }

      `);
        }
        return (o.write(`payload.value = newResult;`), o.write(`return payload;`), o.compile());
      },
      o,
      s = Ce,
      c = !yt.jitless,
      l = c && we.value,
      u = t.catchall,
      d;
    e._zod.parse = (i, f) => {
      d ??= r.value;
      let p = i.value;
      return s(p)
        ? c && l && f?.async === !1 && f.jitless !== !0
          ? ((o ||= a(t.shape)), (i = o(i, f)), u ? Jr([], p, i, f, d, e, f?.abortEarly === !0) : i)
          : n(i, f)
        : (i.issues.push({ expected: `object`, code: `invalid_type`, input: p, inst: e }), i);
    };
  });
function Zr(e, t, n, r) {
  for (let n of e) if (n.issues.length === 0) return ((t.value = n.value), t);
  let i = e.filter((e) => !Ue(e));
  return i.length === 1
    ? ((t.value = i[0].value), i[0])
    : (t.issues.push({
        code: `invalid_union`,
        input: t.value,
        inst: n,
        errors: e.map((e) => e.issues.map((e) => Ye(e, r, bt()))),
      }),
      t);
}
var Qr = N(`$ZodUnion`, (e, t) => {
    (F.init(e, t),
      M(e, `optin`, (e) =>
        e.def.options.some((e) => e._zod.optin === `defaulted`)
          ? `defaulted`
          : e.def.options.some((e) => e._zod.optin !== void 0)
            ? `optional`
            : void 0,
      ),
      M(e, `optout`, (e) => (e.def.options.some((e) => e._zod.optout === `optional`) ? `optional` : void 0)),
      M(e, `values`, (e) => {
        if (e.def.options.every((e) => e._zod.values))
          return new Set(e.def.options.flatMap((e) => Array.from(e._zod.values)));
      }),
      M(e, `pattern`, (e) => {
        if (e.def.options.every((e) => e._zod.pattern)) {
          let t = e.def.options.map((e) => e._zod.pattern);
          return RegExp(`^(${t.map((e) => le(e.source)).join(`|`)})$`);
        }
      }));
    let n = t.options.length === 1 ? t.options[0]._zod.run : null;
    e._zod.parse = (r, i) => {
      if (n) return n(r, i);
      let a = !1,
        o = [];
      for (let e of t.options) {
        let t = e._zod.run({ value: r.value, issues: [] }, i);
        if (t instanceof Promise) (o.push(t), (a = !0));
        else {
          if (t.issues.length === 0) return t;
          o.push(t);
        }
      }
      return a ? Promise.all(o).then((t) => Zr(t, r, e, i)) : Zr(o, r, e, i);
    };
  }),
  $r = N(`$ZodIntersection`, (e, t) => {
    (F.init(e, t),
      (e._zod.parse = (e, n) => {
        let r = e.value,
          i = t.left._zod.run({ value: r, issues: [] }, n),
          a = t.right._zod.run({ value: r, issues: [] }, n);
        return i instanceof Promise || a instanceof Promise
          ? Promise.all([i, a]).then(([t, n]) => ti(e, t, n))
          : ti(e, i, a);
      }));
  });
function ei(e, t) {
  if (e === t || (e instanceof Date && t instanceof Date && +e == +t)) return { valid: !0, data: e };
  if (Te(e) && Te(t)) {
    let n = Object.keys(t),
      r = Object.keys(e).filter((e) => n.indexOf(e) !== -1),
      i = { ...e, ...t };
    Object.prototype.hasOwnProperty.call(i, `__proto__`) && delete i.__proto__;
    for (let n of r) {
      if (n === `__proto__`) continue;
      let r = ei(e[n], t[n]);
      if (!r.valid) return { valid: !1, mergeErrorPath: [n, ...r.mergeErrorPath] };
      i[n] = r.data;
    }
    return { valid: !0, data: i };
  }
  if (Array.isArray(e) && Array.isArray(t)) {
    if (e.length !== t.length) return { valid: !1, mergeErrorPath: [] };
    let n = [];
    for (let r = 0; r < e.length; r++) {
      let i = e[r],
        a = t[r],
        o = ei(i, a);
      if (!o.valid) return { valid: !1, mergeErrorPath: [r, ...o.mergeErrorPath] };
      n.push(o.data);
    }
    return { valid: !0, data: n };
  }
  return { valid: !1, mergeErrorPath: [] };
}
function ti(e, t, n) {
  let r = new Map(),
    i,
    a = new Map(),
    o = (e, t) => {
      let n;
      if (e.code === `unrecognized_keys` && !e.path?.length) ((i ??= e), (n = e.keys));
      else if (e.code === `invalid_key` && e.origin === `record` && e.path?.length === 1) {
        let t = String(e.path[0]);
        (a.has(t) || a.set(t, e), (n = [t]));
      } else return !1;
      for (let e of n) (r.has(e) || r.set(e, {}), (r.get(e)[t] = !0));
      return !0;
    };
  for (let n of t.issues) o(n, `l`) || e.issues.push(n);
  for (let t of n.issues) o(t, `r`) || e.issues.push(t);
  let s = [...r].filter(([, e]) => e.l && e.r).map(([e]) => e);
  if (s.length) {
    let t = i ? s.filter((e) => i.keys.includes(e)) : [];
    t.length && e.issues.push({ ...i, keys: t });
    for (let n of s) !t.includes(n) && a.has(n) && e.issues.push(a.get(n));
  }
  let c = ei(t.value, n.value);
  if (!c.valid) {
    if (Ue(e)) return e;
    throw Error(`Unmergable intersection. Error path: ${JSON.stringify(c.mergeErrorPath)}`);
  }
  return ((e.value = c.data), e);
}
var ni = N(`$ZodRecord`, (e, t) => {
    F.init(e, t);
    let n = yt.memoizer;
    (n?.attach(e),
      (e._zod.parse = (r, i) => {
        let a = r.value;
        if (!Te(a))
          return (r.issues.push({ expected: `record`, code: `invalid_type`, input: a, inst: e }), r);
        let o = [],
          s = t.keyType._zod.values;
        if (s && !t.partial) {
          r.value = n ? n.alloc(e, r, {}, i) : {};
          let c = new Set();
          for (let n of s)
            if (typeof n == `string` || typeof n == `number` || typeof n == `symbol`) {
              if ((c.add(typeof n == `number` ? n.toString() : n), n === `__proto__`)) continue;
              let s = t.keyType._zod.run({ value: n, issues: [] }, i);
              if (s instanceof Promise) throw Error(`Async schemas not supported in object keys currently`);
              if (s.issues.length) {
                r.issues.push({
                  code: `invalid_key`,
                  origin: `record`,
                  issues: s.issues.map((e) => Ye(e, i, bt())),
                  input: n,
                  path: [n],
                  inst: e,
                });
                continue;
              }
              let l = s.value;
              if (l === `__proto__`) continue;
              let u = t.valueType._zod.run({ value: a[n], issues: [] }, i);
              u instanceof Promise
                ? o.push(
                    u.then((e) => {
                      (e.issues.length && r.issues.push(...Ge(n, e.issues)), (r.value[l] = e.value));
                    }),
                  )
                : (u.issues.length && r.issues.push(...Ge(n, u.issues)), (r.value[l] = u.value));
            }
          let l;
          for (let e in a)
            if (!c.has(e)) {
              if (t.mode === `loose`) {
                if (e === `__proto__`) continue;
                r.value[e] = a[e];
              } else ((l ??= []), l.push(e));
            }
          l &&
            l.length > 0 &&
            r.issues.push({ code: `unrecognized_keys`, input: a, inst: e, keys: l, continue: !0 });
        } else {
          r.value = n ? n.alloc(e, r, {}, i) : {};
          let c;
          for (let n of Reflect.ownKeys(a)) {
            if (n === `__proto__` || !Object.prototype.propertyIsEnumerable.call(a, n)) continue;
            let l = t.keyType._zod.run({ value: n, issues: [] }, i);
            if (l instanceof Promise) throw Error(`Async schemas not supported in object keys currently`);
            if (typeof n == `string` && Tn.test(n) && l.issues.length) {
              let e = t.keyType._zod.run({ value: Number(n), issues: [] }, i);
              if (e instanceof Promise) throw Error(`Async schemas not supported in object keys currently`);
              e.issues.length === 0 && (l = e);
            }
            if (l.issues.length) {
              t.mode === `loose`
                ? (r.value[n] = a[n])
                : s
                  ? ((c ??= []), c.push(n))
                  : r.issues.push({
                      code: `invalid_key`,
                      origin: `record`,
                      issues: l.issues.map((e) => Ye(e, i, bt())),
                      input: n,
                      path: [n],
                      inst: e,
                    });
              continue;
            }
            let u = l.value;
            if (u === `__proto__`) continue;
            let d = t.valueType._zod.run({ value: a[n], issues: [] }, i);
            d instanceof Promise
              ? o.push(
                  d.then((e) => {
                    (e.issues.length && r.issues.push(...Ge(n, e.issues)), (r.value[u] = e.value));
                  }),
                )
              : (d.issues.length && r.issues.push(...Ge(n, d.issues)), (r.value[u] = d.value));
          }
          c &&
            c.length > 0 &&
            r.issues.push({ code: `unrecognized_keys`, input: a, inst: e, keys: c, continue: !0 });
        }
        return o.length ? Promise.all(o).then(() => r) : r;
      }));
  }),
  ri = N(`$ZodEnum`, (e, t) => {
    F.init(e, t);
    let n = O(t.entries),
      r = new Set(n);
    ((e._zod.values = r),
      M(e, `pattern`, (e) => {
        let t = O(e.def.entries).filter((e) => De.has(typeof e));
        return RegExp(t.length ? `^(${t.map((e) => Oe(e.toString())).join(`|`)})$` : `^[^\\s\\S]$`);
      }),
      (e._zod.parse = (t, i) => {
        let a = t.value;
        return (r.has(a) || t.issues.push({ code: `invalid_value`, values: n, input: a, inst: e }), t);
      }));
  }),
  ii = N(`$ZodTransform`, (e, t) => {
    (F.init(e, t),
      (e._zod.optin = `optional`),
      yt.memoizer?.guard(e),
      (e._zod.parse = (n, r) => {
        if (r.direction === `backward`) throw new vt(e.constructor.name);
        let i = t.transform(n.value, n);
        if (r.async) return (i instanceof Promise ? i : Promise.resolve(i)).then((e) => ((n.value = e), n));
        if (i instanceof Promise) throw new _t();
        return ((n.value = i), n);
      }));
  });
function ai(e, t) {
  return ((e.value = t.issues.length ? void 0 : t.value), e);
}
var oi = N(`$ZodOptional`, (e, t) => {
    (F.init(e, t),
      M(e, `optin`, (e) => (e.def.innerType._zod.optin === `defaulted` ? `defaulted` : `optional`)),
      (e._zod.optout = `optional`),
      M(e, `values`, (e) => {
        let t = e.def.innerType._zod.values;
        return t ? new Set([...t, void 0]) : void 0;
      }),
      M(e, `pattern`, (e) => {
        let t = e.def.innerType._zod.pattern;
        return t ? RegExp(`^(${le(t.source)})?$`) : void 0;
      }),
      (e._zod.parse = (e, n) => {
        if (e.value === void 0) {
          if (t.innerType._zod.optin !== `defaulted`) return e;
          let r = t.innerType._zod.run({ value: e.value, issues: [] }, n);
          return r instanceof Promise ? r.then((t) => ai(e, t)) : ai(e, r);
        }
        return t.innerType._zod.run(e, n);
      }));
  }),
  si = N(`$ZodExactOptional`, (e, t) => {
    (oi.init(e, t),
      M(e, `values`, (e) => e.def.innerType._zod.values),
      M(e, `pattern`, (e) => e.def.innerType._zod.pattern),
      (e._zod.parse = (e, n) => t.innerType._zod.run(e, n)));
  }),
  ci = N(`$ZodNullable`, (e, t) => {
    (F.init(e, t),
      M(e, `optin`, (e) => e.def.innerType._zod.optin),
      M(e, `optout`, (e) => e.def.innerType._zod.optout),
      M(e, `pattern`, (e) => {
        let t = e.def.innerType._zod.pattern;
        return t ? RegExp(`^(${le(t.source)}|null)$`) : void 0;
      }),
      M(e, `values`, (e) =>
        e.def.innerType._zod.values ? new Set([...e.def.innerType._zod.values, null]) : void 0,
      ),
      (e._zod.parse = (e, n) => (e.value === null ? e : t.innerType._zod.run(e, n))));
  }),
  li = N(`$ZodDefault`, (e, t) => {
    (F.init(e, t),
      (e._zod.optin = `defaulted`),
      M(e, `values`, (e) => e.def.innerType._zod.values),
      (e._zod.parse = (e, n) => {
        if (n.direction === `backward`) return t.innerType._zod.run(e, n);
        if (e.value === void 0) return ((e.value = t.defaultValue), e);
        let r = t.innerType._zod.run(e, n);
        return r instanceof Promise ? r.then((e) => ui(e, t)) : ui(r, t);
      }));
  });
function ui(e, t) {
  return (e.value === void 0 && (e.value = t.defaultValue), e);
}
var di = N(`$ZodPrefault`, (e, t) => {
    (F.init(e, t),
      (e._zod.optin = `defaulted`),
      M(e, `values`, (e) => e.def.innerType._zod.values),
      (e._zod.parse = (e, n) => (
        n.direction === `backward` || (e.value === void 0 && (e.value = t.defaultValue)),
        t.innerType._zod.run(e, n)
      )));
  }),
  fi = N(`$ZodNonOptional`, (e, t) => {
    (F.init(e, t),
      M(e, `values`, (e) => {
        let t = e.def.innerType._zod.values;
        return t ? new Set([...t].filter((e) => e !== void 0)) : void 0;
      }),
      (e._zod.parse = (n, r) => {
        let i = t.innerType._zod.run(n, r);
        return i instanceof Promise ? i.then((t) => pi(t, e)) : pi(i, e);
      }));
  });
function pi(e, t) {
  return (
    !e.issues.length &&
      e.value === void 0 &&
      e.issues.push({ code: `invalid_type`, expected: `nonoptional`, input: e.value, inst: t }),
    e
  );
}
function mi(e, t, n, r) {
  return t.issues.length
    ? ((e.value = n.catchValue({
        ...t,
        value: e.value,
        error: { issues: t.issues.map((e) => Ye(e, r, bt())) },
        input: e.value,
      })),
      e)
    : ((e.value = t.value), t.memo && (e.memo = !0), e);
}
var hi = N(`$ZodCatch`, (e, t) => {
    (F.init(e, t),
      M(e, `optin`, (e) => (e.def.innerType._zod.optin === `defaulted` ? `defaulted` : `optional`)),
      M(e, `optout`, (e) => e.def.innerType._zod.optout),
      M(e, `values`, (e) => e.def.innerType._zod.values),
      (e._zod.parse = (e, n) => {
        if (n.direction === `backward`) return t.innerType._zod.run(e, n);
        let r = t.innerType._zod.run({ value: e.value, issues: [] }, n);
        return r instanceof Promise ? r.then((r) => mi(e, r, t, n)) : mi(e, r, t, n);
      }));
  }),
  gi = N(`$ZodPipe`, (e, t) => {
    (F.init(e, t),
      M(e, `values`, (e) => e.def.in._zod.values),
      M(e, `optin`, (e) => e.def.in._zod.optin),
      M(e, `optout`, (e) => e.def.out._zod.optout),
      M(e, `propValues`, (e) => e.def.in._zod.propValues),
      (e._zod.parse = (e, n) => {
        if (n.direction === `backward`) {
          let r = t.out._zod.run(e, n);
          return r instanceof Promise ? r.then((e) => _i(e, t.in, n)) : _i(r, t.in, n);
        }
        let r = t.in._zod.run(e, n);
        return r instanceof Promise ? r.then((e) => _i(e, t.out, n)) : _i(r, t.out, n);
      }));
  });
function _i(e, t, n) {
  return e.issues.some((e) => e.code !== `unrecognized_keys`)
    ? ((e.aborted = !0), e)
    : t._zod.run({ value: e.value, issues: e.issues }, n);
}
var vi = N(`$ZodReadonly`, (e, t) => {
  (F.init(e, t),
    M(e, `propValues`, (e) => e.def.innerType._zod.propValues),
    M(e, `values`, (e) => e.def.innerType._zod.values),
    M(e, `optin`, (e) => e.def.innerType?._zod?.optin),
    M(e, `optout`, (e) => e.def.innerType?._zod?.optout),
    (e._zod.parse = (e, n) => {
      if (n.direction === `backward`) return t.innerType._zod.run(e, n);
      let r = t.innerType._zod.run(e, n);
      return r instanceof Promise ? r.then(yi) : yi(r);
    }));
});
function yi(e) {
  return (e.memo || (e.value = Object.freeze(e.value)), e);
}
var bi = N(`$ZodLazy`, (e, t) => {
    (F.init(e, t),
      fe(e._zod, `innerType`, () => {
        let e = t;
        return ((e._cachedInner ||= t.getter()), e._cachedInner);
      }),
      M(e, `pattern`, (e) => e.innerType?._zod?.pattern),
      M(e, `propValues`, (e) => e.innerType?._zod?.propValues),
      M(e, `optin`, (e) => e.innerType?._zod?.optin ?? void 0),
      M(e, `optout`, (e) => e.innerType?._zod?.optout ?? void 0),
      (e._zod.parse = (t, n) => e._zod.innerType._zod.run(t, n)));
  }),
  xi = N(`$ZodCustom`, (e, t) => {
    (P.init(e, t),
      F.init(e, t),
      (e._zod.parse = (e, t) => e),
      (e._zod.check = (n) => {
        let r = n.value,
          i = t.fn(r);
        if (i instanceof Promise) return i.then((t) => Si(t, n, r, e));
        Si(i, n, r, e);
      }));
  });
function Si(e, t, n, r) {
  if (!e) {
    let e = {
      code: `custom`,
      input: n,
      inst: r,
      path: [...(r._zod.def.path ?? [])],
      continue: !r._zod.def.abort,
    };
    (r._zod.def.params && (e.params = r._zod.def.params), t.issues.push(et(e)));
  }
}
var Ci = class extends Error {
    constructor() {
      (super(`Cannot parse a reference cycle that closes through a transform`),
        (this.name = `ZodCyclicError`));
    }
  },
  wi = `~memo`,
  Ti = [];
function Ei(e) {
  return typeof e == `object` && !!e;
}
function Di(e) {
  return e.map((e) => (e.path ? { ...e, path: e.path.slice() } : { ...e }));
}
var Oi = new WeakMap(),
  ki = 0,
  Ai = 1,
  ji = 2;
function Mi(e, t, n) {
  let r = Oi.get(e);
  if (r !== void 0) return r ? ji : ki;
  if (t.has(e)) return ji;
  t.add(e);
  let i = ki,
    a = (e) => {
      if (i !== ji && e?._zod) {
        let r = Mi(e, t, n);
        r > i && (i = r);
      }
    },
    o = (e, r) => {
      let i = ki;
      for (let a of Reflect.ownKeys(e)) {
        let o = Object.getOwnPropertyDescriptor(e, a);
        if (r && !o.enumerable) continue;
        let s = o.get ? Ai : o.value?._zod ? Mi(o.value, t, n) : ki;
        s > i && (i = s);
      }
      return i;
    },
    s = (e) => {
      e > i && (i = e);
    },
    c = e._zod.def;
  switch (c.type) {
    case `object`: {
      let e = me(c);
      (s(e ? o(e, !0) : Ai), a(c.catchall));
      break;
    }
    case `array`:
      a(c.element);
      break;
    case `tuple`:
      for (let e of c.items) a(e);
      a(c.rest);
      break;
    case `record`:
    case `map`:
      (a(c.keyType), a(c.valueType));
      break;
    case `set`:
      a(c.valueType);
      break;
    case `union`:
      for (let e of c.options) a(e);
      break;
    case `intersection`:
      (a(c.left), a(c.right));
      break;
    case `optional`:
    case `nullable`:
    case `default`:
    case `prefault`:
    case `catch`:
    case `readonly`:
    case `nonoptional`:
    case `promise`:
    case `success`:
      a(c.innerType);
      break;
    case `pipe`:
      (a(c.in), a(c.out));
      break;
    case `function`:
      (a(c.input), a(c.output));
      break;
    case `lazy`: {
      let r = c._cachedInner ?? (n ? e._zod.innerType : void 0);
      s(r ? Mi(r, t, !1) : Ai);
      break;
    }
    case `template_literal`:
    case `string`:
    case `number`:
    case `int`:
    case `boolean`:
    case `bigint`:
    case `symbol`:
    case `undefined`:
    case `null`:
    case `void`:
    case `never`:
    case `any`:
    case `unknown`:
    case `date`:
    case `nan`:
    case `enum`:
    case `literal`:
    case `file`:
    case `transform`:
    case `custom`:
      break;
    default:
      for (let e in c) {
        let t = Object.getOwnPropertyDescriptor(c, e);
        if (!t || t.get) continue;
        let n = t.value;
        if (n && typeof n == `object`) {
          if (n._zod) a(n);
          else if (Array.isArray(n)) for (let e of n) a(e);
        }
      }
  }
  return (t.delete(e), Ni(e, i));
}
function Ni(e, t) {
  return (t !== Ai && Oi.set(e, t === ji), t);
}
function Pi(e, t) {
  let n = e.buckets.get(t);
  return (n || ((n = new WeakMap()), e.buckets.set(t, n)), n);
}
var Fi,
  Ii = [],
  Li = {
    alloc(e, t, n) {
      let r = Fi;
      if (!r) return n;
      Fi = void 0;
      let i = { value: n, issues: null };
      return (r.set(t.value, i), Ii.push(i), n);
    },
    guard(e) {
      var t;
      ((t = e._zod).deferred ?? (t.deferred = []),
        e._zod.deferred.push(() => {
          let t = e._zod.parse,
            n = (e, n) => {
              if (n.direction !== `backward` && zi(n, e.value)) throw new Ci();
              return t(e, n);
            };
          ((e._zod.parse = n), e._zod.run === t && (e._zod.run = n));
        }));
    },
    attach(e) {
      var t;
      let n,
        r = !1,
        i,
        a;
      ((t = e._zod).deferred ?? (t.deferred = []),
        e._zod.deferred.push(() => {
          let t = e._zod.parse,
            o = (s, c) => {
              if (n === void 0) {
                let i = Mi(e, new Set(), !1);
                if (i === ki) return ((e._zod.parse = t), e._zod.run === o && (e._zod.run = t), t(s, c));
                i === ji || r ? (n = !0) : (r = !0);
              }
              let l = s.value;
              if (!Ei(l)) return t(s, c);
              let u = c[wi];
              u || ((u = { buckets: new WeakMap(), backEdges: void 0 }), (c[wi] = u));
              let d;
              i === c ? (d = a) : ((d = Pi(u, e)), (i = c), (a = d));
              let f = d.get(l);
              if (f)
                return (
                  (s.value = f.value),
                  f.issues
                    ? f.issues.length && s.issues.push(...Di(f.issues))
                    : ((s.memo = !0), u.backEdges ?? (u.backEdges = new WeakSet()), u.backEdges.add(f.value)),
                  s
                );
              Fi = d;
              let p = Ii.length,
                m = t(s, c);
              Fi = void 0;
              let h = Ii.length > p ? Ii.pop() : void 0;
              return m instanceof Promise
                ? m.then((e) => (h && (h.issues = e.issues.length ? Di(e.issues) : Ti), e))
                : (h && (h.issues = m.issues.length ? Di(m.issues) : Ti), m);
            };
          ((e._zod.parse = o), e._zod.run === t && (e._zod.run = o));
        }));
    },
  };
function Ri() {
  return Li;
}
function zi(e, t) {
  let n = e[wi]?.backEdges;
  return n !== void 0 && Ei(t) && n.has(t);
}
var Bi = () => {
  let e = {
    string: { unit: `characters`, verb: `to have` },
    file: { unit: `bytes`, verb: `to have` },
    array: { unit: `items`, verb: `to have` },
    set: { unit: `items`, verb: `to have` },
    map: { unit: `entries`, verb: `to have` },
  };
  function t(t) {
    return e[t] ?? null;
  }
  let n = {
      regex: `input`,
      email: `email address`,
      url: `URL`,
      emoji: `emoji`,
      uuid: `UUID`,
      uuidv4: `UUIDv4`,
      uuidv6: `UUIDv6`,
      nanoid: `nanoid`,
      guid: `GUID`,
      cuid: `cuid`,
      cuid2: `cuid2`,
      ulid: `ULID`,
      xid: `XID`,
      ksuid: `KSUID`,
      datetime: `ISO datetime`,
      date: `ISO date`,
      time: `ISO time`,
      duration: `ISO duration`,
      ipv4: `IPv4 address`,
      ipv6: `IPv6 address`,
      mac: `MAC address`,
      cidrv4: `IPv4 range`,
      cidrv6: `IPv6 range`,
      base64: `base64-encoded string`,
      base64url: `base64url-encoded string`,
      json_string: `JSON string`,
      e164: `E.164 number`,
      currency_code: `currency code`,
      credit_card: `credit card number`,
      iban: `IBAN`,
      jwt: `JWT`,
      template_literal: `input`,
    },
    r = { nan: `NaN` };
  function i(e, t) {
    return e === `number` && typeof t == `number` && !Number.isFinite(t) ? String(t) : (r[e] ?? e);
  }
  return (e) => {
    switch (e.code) {
      case `invalid_type`:
        return `Invalid input: expected ${i(e.expected)}, received ${i($e(e.input), e.input)}`;
      case `invalid_value`:
        return e.values.length === 1
          ? `Invalid input: expected ${Ae(e.values[0])}`
          : `Invalid option: expected one of ${ae(e.values, `|`)}`;
      case `too_big`: {
        let n = e.exact ? `exactly ` : e.inclusive ? `<=` : `<`,
          r = t(e.origin);
        return r
          ? `Too big: expected ${e.origin ?? `value`} to have ${n}${e.maximum.toString()} ${r.unit ?? `elements`}`
          : `Too big: expected ${e.origin ?? `value`} to be ${n}${e.maximum.toString()}`;
      }
      case `too_small`: {
        let n = e.exact ? `exactly ` : e.inclusive ? `>=` : `>`,
          r = t(e.origin);
        return r
          ? `Too small: expected ${e.origin} to have ${n}${e.minimum.toString()} ${r.unit}`
          : `Too small: expected ${e.origin} to be ${n}${e.minimum.toString()}`;
      }
      case `invalid_format`: {
        let t = e;
        return t.format === `starts_with`
          ? `Invalid string: must start with "${t.prefix}"`
          : t.format === `ends_with`
            ? `Invalid string: must end with "${t.suffix}"`
            : t.format === `includes`
              ? `Invalid string: must include "${t.includes}"`
              : t.format === `regex`
                ? `Invalid string: must match pattern ${t.pattern}`
                : `Invalid ${n[t.format] ?? e.format}`;
      }
      case `not_multiple_of`:
        return `Invalid number: must be a multiple of ${e.divisor}`;
      case `unrecognized_keys`:
        return `Unrecognized key${e.keys.length > 1 ? `s` : ``}: ${ae(e.keys, `, `)}`;
      case `invalid_key`:
        return `Invalid key in ${e.origin}`;
      case `invalid_union`:
        return e.options && Array.isArray(e.options) && e.options.length > 0
          ? `Invalid discriminator value. Expected ${e.options.map((e) => `'${e}'`).join(` | `)}`
          : e.inclusive === !1
            ? `Invalid input: more than one option matched`
            : `Invalid input`;
      case `invalid_element`:
        return `Invalid value in ${e.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function Vi() {
  return { localeError: Bi() };
}
var Hi,
  Ui = class {
    constructor() {
      ((this._map = new WeakMap()), (this._idmap = new Map()));
    }
    add(e, ...t) {
      let n = t[0];
      return (this._map.set(e, n), n && typeof n == `object` && `id` in n && this._idmap.set(n.id, e), this);
    }
    clear() {
      return ((this._map = new WeakMap()), (this._idmap = new Map()), this);
    }
    remove(e) {
      let t = this._map.get(e);
      return (t && typeof t == `object` && `id` in t && this._idmap.delete(t.id), this._map.delete(e), this);
    }
    get(e) {
      let t = e._zod.parent;
      if (t) {
        let n = { ...(this.get(t) ?? {}) };
        delete n.id;
        let r = { ...n, ...this._map.get(e) };
        return Object.keys(r).length ? r : void 0;
      }
      return this._map.get(e);
    }
    has(e) {
      return this._map.has(e);
    }
  };
function Wi() {
  return new Ui();
}
(Hi = globalThis).__zod_globalRegistry ?? (Hi.__zod_globalRegistry = Wi());
var Gi = globalThis.__zod_globalRegistry;
function Ki(e) {
  return ((e.checks &&= [...e.checks]), e);
}
function qi(e, t) {
  return new e(Ki({ type: `string`, ...j(t) }));
}
function Ji(e, t) {
  return new e({ type: `string`, format: `email`, check: `string_format`, abort: !1, ...j(t) });
}
function Yi(e, t) {
  return new e({ type: `string`, format: `guid`, check: `string_format`, abort: !1, ...j(t) });
}
function Xi(e, t) {
  return new e({ type: `string`, format: `uuid`, check: `string_format`, abort: !1, ...j(t) });
}
function Zi(e, t) {
  return new e({ type: `string`, format: `uuid`, check: `string_format`, abort: !1, version: `v4`, ...j(t) });
}
function Qi(e, t) {
  return new e({ type: `string`, format: `uuid`, check: `string_format`, abort: !1, version: `v6`, ...j(t) });
}
function $i(e, t) {
  return new e({ type: `string`, format: `uuid`, check: `string_format`, abort: !1, version: `v7`, ...j(t) });
}
function ea(e, t) {
  return new e({ type: `string`, format: `url`, check: `string_format`, abort: !1, ...j(t) });
}
function ta(e, t) {
  return new e({ type: `string`, format: `emoji`, check: `string_format`, abort: !1, ...j(t) });
}
function na(e, t) {
  return new e({ type: `string`, format: `nanoid`, check: `string_format`, abort: !1, ...j(t) });
}
function ra(e, t) {
  return new e({ type: `string`, format: `cuid`, check: `string_format`, abort: !1, ...j(t) });
}
function ia(e, t) {
  return new e({ type: `string`, format: `cuid2`, check: `string_format`, abort: !1, ...j(t) });
}
function aa(e, t) {
  return new e({ type: `string`, format: `ulid`, check: `string_format`, abort: !1, ...j(t) });
}
function oa(e, t) {
  return new e({ type: `string`, format: `xid`, check: `string_format`, abort: !1, ...j(t) });
}
function sa(e, t) {
  return new e({ type: `string`, format: `ksuid`, check: `string_format`, abort: !1, ...j(t) });
}
function ca(e, t) {
  return new e({ type: `string`, format: `ipv4`, check: `string_format`, abort: !1, ...j(t) });
}
function la(e, t) {
  return new e({ type: `string`, format: `ipv6`, check: `string_format`, abort: !1, ...j(t) });
}
function ua(e, t) {
  return new e({ type: `string`, format: `cidrv4`, check: `string_format`, abort: !1, ...j(t) });
}
function da(e, t) {
  return new e({ type: `string`, format: `cidrv6`, check: `string_format`, abort: !1, ...j(t) });
}
function fa(e, t) {
  return new e({ type: `string`, format: `base64`, check: `string_format`, abort: !1, ...j(t) });
}
function pa(e, t) {
  return new e({ type: `string`, format: `base64url`, check: `string_format`, abort: !1, ...j(t) });
}
function ma(e, t) {
  return new e({ type: `string`, format: `e164`, check: `string_format`, abort: !1, ...j(t) });
}
function ha(e, t) {
  return new e({ type: `string`, format: `jwt`, check: `string_format`, abort: !1, ...j(t) });
}
function ga(e, t) {
  return new e({
    type: `string`,
    format: `datetime`,
    check: `string_format`,
    offset: !1,
    local: !1,
    precision: null,
    ...j(t),
  });
}
function _a(e, t) {
  return new e({ type: `string`, format: `date`, check: `string_format`, ...j(t) });
}
function va(e, t) {
  return new e({ type: `string`, format: `time`, check: `string_format`, precision: null, ...j(t) });
}
function ya(e, t) {
  return new e({ type: `string`, format: `duration`, check: `string_format`, ...j(t) });
}
function ba(e, t) {
  return new e(Ki({ type: `number`, checks: [], ...j(t) }));
}
function xa(e, t) {
  return new e({ type: `number`, check: `number_format`, abort: !1, format: `safeint`, ...j(t) });
}
function Sa(e, t) {
  return new e({ type: `boolean`, ...j(t) });
}
function Ca(e) {
  return new e({ type: `unknown` });
}
function wa(e, t) {
  return new e({ type: `never`, ...j(t) });
}
function Ta(e, t) {
  return new jn({ check: `less_than`, ...j(t), value: e, inclusive: !1 });
}
function Ea(e, t) {
  return new jn({ check: `less_than`, ...j(t), value: e, inclusive: !0 });
}
function Da(e, t) {
  return new Mn({ check: `greater_than`, ...j(t), value: e, inclusive: !1 });
}
function Oa(e, t) {
  return new Mn({ check: `greater_than`, ...j(t), value: e, inclusive: !0 });
}
function ka(e, t) {
  return new Nn({ check: `multiple_of`, ...j(t), value: e });
}
function Aa(e, t) {
  return new Fn({ check: `max_length`, ...j(t), maximum: e });
}
function ja(e, t) {
  return new In({ check: `min_length`, ...j(t), minimum: e });
}
function Ma(e, t) {
  return new Ln({ check: `length_equals`, ...j(t), length: e });
}
function Na(e, t) {
  return new zn({ check: `string_format`, format: `regex`, ...j(t), pattern: e });
}
function Pa(e) {
  return new Bn({ check: `string_format`, format: `lowercase`, ...j(e) });
}
function Fa(e) {
  return new Vn({ check: `string_format`, format: `uppercase`, ...j(e) });
}
function Ia(e, t) {
  return new Hn({ check: `string_format`, format: `includes`, ...j(t), includes: e });
}
function La(e, t) {
  return new Un({ check: `string_format`, format: `starts_with`, ...j(t), prefix: e });
}
function Ra(e, t) {
  return new Wn({ check: `string_format`, format: `ends_with`, ...j(t), suffix: e });
}
function za(e) {
  return new Gn({ check: `overwrite`, tx: e });
}
function Ba(e) {
  return za((t) => t.normalize(e));
}
function Va() {
  return za((e) => e.trim());
}
function Ha() {
  return za((e) => e.toLowerCase());
}
function Ua() {
  return za((e) => e.toUpperCase());
}
function Wa() {
  return za((e) => xe(e));
}
function Ga(e, t, n) {
  return new e({ type: `array`, element: t, ...j(n) });
}
function Ka(e, t, n) {
  return new e({ type: `custom`, check: `custom`, fn: t, ...j(n) });
}
function qa(e, t) {
  let n = Ja(
    (t) => (
      (t.addIssue = (e) => {
        if (typeof e == `string`) t.issues.push(et(e, t.value, n._zod.def));
        else {
          let r = e;
          (r.fatal && (r.continue = !1),
            (r.code ??= `custom`),
            `input` in r || (r.input = t.value),
            (r.inst ??= n),
            (r.continue ??= !n._zod.def.abort),
            t.issues.push(et(r)));
        }
      }),
      e(t.value, t)
    ),
    t,
  );
  return n;
}
function Ja(e, t) {
  let n = new P({ check: `custom`, ...j(t) });
  return ((n._zod.check = e), n);
}
function Ya(e, ...t) {
  for (let n of t)
    for (let t of Reflect.ownKeys(n)) Object.prototype.propertyIsEnumerable.call(n, t) && pe(e, t, n[t]);
  return e;
}
function Xa(e) {
  let t = e?.target ?? `draft-2020-12`;
  return (
    t === `draft-4` && (t = `draft-04`),
    t === `draft-7` && (t = `draft-07`),
    {
      processors: e.processors ?? {},
      metadataRegistry: e?.metadata ?? Gi,
      target: t,
      unrepresentable: e?.unrepresentable ?? `throw`,
      override: e?.override ?? (() => {}),
      io: e?.io ?? `output`,
      counter: 0,
      seen: new Map(),
      sharedDefsExtractedFor: void 0,
      sharedEmitDoneFor: void 0,
      cycles: e?.cycles ?? `ref`,
      reused: e?.reused ?? `inline`,
      intersections: [],
      deferred: [],
      external: e?.external ?? void 0,
    }
  );
}
function Za(e, t, n, r, i) {
  let a =
    typeof t.unrepresentable == `function`
      ? t.unrepresentable({ zodSchema: e, path: r.path, message: i })
      : t.unrepresentable;
  if (a === `any`) return !1;
  if (a === void 0 || a === `throw`) throw Error(i);
  return (Object.assign(n, a), !0);
}
function L(e, t, n = { path: [], schemaPath: [] }) {
  var r;
  let i = e._zod.def,
    a = t.seen.get(e);
  if (a) return (a.count++, n.schemaPath.includes(e) && (a.cycle = n.path), a.schema);
  let o = { schema: {}, count: 1, cycle: void 0, path: n.path };
  (t.seen.set(e, o), (t.sharedDefsExtractedFor = void 0), (t.sharedEmitDoneFor = void 0));
  let s = e._zod.toJSONSchema?.();
  if (s) o.schema = s;
  else {
    let r = { ...n, schemaPath: [...n.schemaPath, e], path: n.path };
    if (e._zod.processJSONSchema) e._zod.processJSONSchema(t, o.schema, r);
    else {
      let n = o.schema,
        a = t.processors[i.type];
      if (!a) throw Error(`[toJSONSchema]: Non-representable type encountered: ${i.type}`);
      a(e, t, n, r);
    }
    let a = e._zod.parent;
    a && ((o.ref ||= a), L(a, t, r), (t.seen.get(a).isParent = !0));
  }
  let c = t.metadataRegistry.get(e);
  return (
    c && Ya(o.schema, c),
    t.io === `input` && R(e) && (delete o.schema.examples, delete o.schema.default),
    t.io === `input` &&
      `_prefault` in o.schema &&
      ((r = o.schema).default ?? (r.default = o.schema._prefault)),
    delete o.schema._prefault,
    t.seen.get(e).schema
  );
}
function Qa(e) {
  return e.replace(/~/g, `~0`).replace(/\//g, `~1`);
}
function $a(e, t) {
  let n = e.seen.get(t);
  if (!n) throw Error(`Unprocessed schema. This is a bug in Zod.`);
  if (e.external && e.sharedDefsExtractedFor === e.external) return;
  let r = new Map();
  for (let t of e.seen.entries()) {
    let n = e.metadataRegistry.get(t[0])?.id;
    if (n) {
      let e = r.get(n);
      if (e && e !== t[0])
        throw Error(
          `Duplicate schema id "${n}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`,
        );
      r.set(n, t[0]);
    }
  }
  let i = (t) => {
      let r = e.target === `draft-2020-12` ? `$defs` : `definitions`;
      if (e.external) {
        let n = e.external.registry.get(t[0])?.id,
          i = e.external.uri ?? ((e) => e);
        if (n) return { ref: i(n) };
        let a = t[1].defId ?? t[1].schema.id ?? `schema${e.counter++}`;
        return ((t[1].defId = a), { defId: a, ref: `${i(`__shared`)}#/${r}/${Qa(a)}` });
      }
      let i = `#/${r}/`;
      if (t[1] === n && !t[1].schema.id) return { ref: `#` };
      let a = t[1].schema.id ?? `__schema${e.counter++}`;
      return { defId: a, ref: i + Qa(a) };
    },
    a = (e) => {
      if (e[1].schema.$ref) return;
      let t = e[1],
        { ref: n, defId: r } = i(e);
      ((t.def = { ...t.schema }), r && (t.defId = r));
      let a = t.schema;
      for (let e in a) delete a[e];
      a.$ref = n;
    };
  if (e.cycles === `throw`)
    for (let t of e.seen.entries()) {
      let e = t[1];
      if (e.cycle)
        throw Error(`Cycle detected: #/${e.cycle?.join(`/`)}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
    }
  for (let n of e.seen.entries()) {
    let r = n[1];
    if (t === n[0]) a(n);
    else {
      if (e.external) {
        let r = e.external.registry.get(n[0])?.id;
        if (t !== n[0] && r) {
          a(n);
          continue;
        }
      }
      (e.metadataRegistry.get(n[0])?.id || r.cycle || (r.count > 1 && e.reused === `ref`)) && a(n);
    }
  }
  e.external && (e.sharedDefsExtractedFor = e.external);
}
function eo(e) {
  let t = e.anyOf;
  if (!Array.isArray(t) || t.length === 0 || e.type !== void 0) return;
  let n = [];
  for (let e of t) {
    if (!e || typeof e != `object`) return;
    eo(e);
    let t = Object.keys(e);
    if (t.length !== 1 || t[0] !== `type`) return;
    let r = e.type;
    for (let e of Array.isArray(r) ? r : [r]) {
      if (typeof e != `string`) return;
      n.includes(e) || n.push(e);
    }
  }
  (delete e.anyOf, (e.type = n.length === 1 ? n[0] : n));
}
var to = new Set([`type`, `properties`, `required`, `additionalProperties`]),
  no = [`oneOf`, `anyOf`];
function ro(e) {
  let t = e.additionalProperties;
  return t === void 0 || t === !1 || typeof t != `object` || !t ? null : Object.keys(t).length ? t : null;
}
function io(e) {
  let t = [];
  for (let n of e) {
    if (typeof n != `object` || n.type !== `object`) return null;
    for (let e in n) if (!to.has(e)) return null;
    t.push(n);
  }
  let n = {},
    r = new Set();
  for (let e of t) {
    for (let r in e.properties) {
      if (Object.prototype.hasOwnProperty.call(n, r)) continue;
      let e = [];
      for (let n of t) {
        let t = n.properties?.[r] ?? ro(n);
        t != null && (e.some((e) => JSON.stringify(e) === JSON.stringify(t)) || e.push(t));
      }
      pe(n, r, e.length === 1 ? e[0] : (io(e) ?? { allOf: e }));
    }
    for (let t of e.required ?? []) r.add(t);
  }
  let i = { type: `object`, properties: n };
  if ((r.size && (i.required = [...r]), t.every((e) => e.additionalProperties === !1)))
    i.additionalProperties = !1;
  else {
    let e = [];
    for (let n of t) {
      let t = ro(n);
      t && !e.some((e) => JSON.stringify(e) === JSON.stringify(t)) && e.push(t);
    }
    e.length === 1
      ? (i.additionalProperties = e[0])
      : e.length > 1 && (i.additionalProperties = { allOf: e });
  }
  return i;
}
function ao(e) {
  let t = e.allOf;
  if (!Array.isArray(t) || t.length < 2) return;
  for (let t of to) if (t in e) return;
  let n = t.filter((e) => no.some((t) => Array.isArray(e[t]))),
    r = null;
  if (!n.length) r = io(t);
  else {
    let e = n[0],
      i = no.find((t) => Array.isArray(e[t]));
    if (Object.keys(e).length !== 1) return;
    let a = t.filter((t) => t !== e),
      o = e[i].map((e) => io([...a, e]));
    if (o.some((e) => !e)) return;
    r = { [i]: o };
  }
  r && (delete e.allOf, Ya(e, r));
}
function oo(e, t) {
  let n = e.seen.get(t);
  if (!n) throw Error(`Unprocessed schema. This is a bug in Zod.`);
  let r = (t) => {
    let n = e.seen.get(t);
    if (n.ref === null) return;
    let i = n.def ?? n.schema,
      a = { ...i },
      o = n.ref;
    if (((n.ref = null), o)) {
      r(o);
      let n = e.seen.get(o),
        s = n.schema;
      if (
        (s.$ref && (e.target === `draft-07` || e.target === `draft-04` || e.target === `openapi-3.0`)
          ? ((i.allOf = i.allOf ?? []), i.allOf.push(s))
          : Ya(i, s),
        Ya(i, a),
        t._zod.parent === o)
      )
        for (let e in i) e !== `$ref` && e !== `allOf` && (e in a || delete i[e]);
      if (s.$ref && n.def)
        for (let e in i)
          e !== `$ref` &&
            e !== `allOf` &&
            e in n.def &&
            JSON.stringify(i[e]) === JSON.stringify(n.def[e]) &&
            delete i[e];
    }
    let s = t._zod.parent;
    if (s && s !== o) {
      r(s);
      let t = e.seen.get(s);
      if (t?.schema.$ref && ((i.$ref = t.schema.$ref), t.def))
        for (let e in i)
          e !== `$ref` &&
            e !== `allOf` &&
            e in t.def &&
            JSON.stringify(i[e]) === JSON.stringify(t.def[e]) &&
            delete i[e];
    }
    e.override({ zodSchema: t, jsonSchema: i, path: n.path ?? [] });
  };
  if (!e.external || e.sharedEmitDoneFor !== e.external) {
    for (let t of [...e.seen.entries()].reverse()) r(t[0]);
    if (e.target !== `openapi-3.0`) for (let t of e.seen.entries()) eo(t[1].def ?? t[1].schema);
    for (let t of e.deferred) t();
    if (e.intersections.length) {
      let t = new Map();
      for (let n of e.seen.values())
        for (let e of [n.schema, n.def]) {
          let n = e?.allOf;
          if (!Array.isArray(n)) continue;
          let r = t.get(n);
          r ? r.push(e) : t.set(n, [e]);
        }
      for (let n of e.intersections) for (let e of t.get(n) ?? []) ao(e);
    }
  }
  let i = {};
  if (
    (e.target === `draft-2020-12`
      ? (i.$schema = `https://json-schema.org/draft/2020-12/schema`)
      : e.target === `draft-07`
        ? (i.$schema = `http://json-schema.org/draft-07/schema#`)
        : e.target === `draft-04`
          ? (i.$schema = `http://json-schema.org/draft-04/schema#`)
          : e.target,
    e.external?.uri)
  ) {
    let n = e.external.registry.get(t)?.id;
    if (!n) throw Error('Schema is missing an `id` property');
    i.$id = e.external.uri(n);
  }
  Ya(i, n.defId ? n.schema : (n.def ?? n.schema));
  let a = e.metadataRegistry.get(t)?.id;
  a !== void 0 && i.id === a && delete i.id;
  let o = e.external?.defs ?? {};
  if (!e.external || e.sharedEmitDoneFor !== e.external)
    for (let t of e.seen.entries()) {
      let e = t[1];
      e.def && e.defId && (e.def.id === e.defId && delete e.def.id, pe(o, e.defId, e.def));
    }
  (e.external && (e.sharedEmitDoneFor = e.external),
    e.external ||
      (Object.keys(o).length > 0 && (e.target === `draft-2020-12` ? (i.$defs = o) : (i.definitions = o))));
  try {
    let n = JSON.parse(JSON.stringify(i));
    return (
      Object.defineProperty(n, '~standard', {
        value: {
          ...t[`~standard`],
          jsonSchema: { input: co(t, `input`, e.processors), output: co(t, `output`, e.processors) },
        },
        enumerable: !1,
        writable: !1,
      }),
      n
    );
  } catch {
    throw Error(`Error converting schema to JSON.`);
  }
}
function R(e, t) {
  let n = t ?? { seen: new Set() };
  if (n.seen.has(e)) return !1;
  n.seen.add(e);
  let r = e._zod.def;
  if (r.type === `transform`) return !0;
  if (r.type === `array`) return R(r.element, n);
  if (r.type === `set`) return R(r.valueType, n);
  if (r.type === `lazy`) return R(r.getter(), n);
  if (
    r.type === `promise` ||
    r.type === `optional` ||
    r.type === `nonoptional` ||
    r.type === `nullable` ||
    r.type === `readonly` ||
    r.type === 'default' ||
    r.type === `prefault` ||
    r.type === `catch`
  )
    return R(r.innerType, n);
  if (r.type === `intersection`) return R(r.left, n) || R(r.right, n);
  if (r.type === `record` || r.type === `map`) return R(r.keyType, n) || R(r.valueType, n);
  if (r.type === `pipe`) return e._zod.traits.has(`$ZodCodec`) ? !0 : R(r.in, n) || R(r.out, n);
  if (r.type === `object`) {
    for (let e in r.shape) if (R(r.shape[e], n)) return !0;
    return !1;
  }
  if (r.type === `union`) {
    for (let e of r.options) if (R(e, n)) return !0;
    return !1;
  }
  if (r.type === `tuple`) {
    for (let e of r.items) if (R(e, n)) return !0;
    return !!(r.rest && R(r.rest, n));
  }
  return !1;
}
var so =
    (e, t = {}) =>
    (n) => {
      let r = Xa({ ...n, processors: t });
      return (L(e, r), $a(r, e), oo(r, e));
    },
  co =
    (e, t, n = {}) =>
    (r) => {
      let { libraryOptions: i, target: a } = r ?? {},
        o = Xa({ ...(i ?? {}), target: a, io: t, processors: n });
      return (L(e, o), $a(o, e), oo(o, e));
    },
  lo = (e, t, n) => {
    (e[t] === void 0 || n > e[t]) && (e[t] = n);
  },
  uo = (e, t, n) => {
    (e[t] === void 0 || n < e[t]) && (e[t] = n);
  },
  fo = (e, t) => {
    (lo(e, `minimum`, t), uo(e, `maximum`, t));
  },
  po = (e, t) => {
    ((e.multipleOf ??= []), e.multipleOf.includes(t) || e.multipleOf.push(t));
  },
  mo = (e, t) => {
    ((e.patterns ??= new Set()), e.patterns.add(t));
  },
  ho = (e, t) => {
    e.mime = e.mime ? e.mime.filter((e) => t.includes(e)) : [...t];
  },
  go = (e, t) => {
    ((e.format = t), t.includes(`int`) && (e.isInt = !0));
  },
  _o = (e, t) => lo(e, `minimum`, t.minimum),
  vo = (e, t) => uo(e, `maximum`, t.maximum),
  yo = (e) => (t, n) => {
    go(t, n.format);
    let [r, i] = e[n.format];
    (lo(t, `minimum`, r), uo(t, `maximum`, i));
  },
  bo = {
    greater_than: (e, t) => lo(e, t.inclusive ? `minimum` : `exclusiveMinimum`, t.value),
    less_than: (e, t) => uo(e, t.inclusive ? `maximum` : `exclusiveMaximum`, t.value),
    multiple_of: (e, t) => po(e, t.value),
    number_format: yo(Me),
    bigint_format: yo(Ne),
    min_length: _o,
    max_length: vo,
    length_equals: (e, t) => fo(e, t.length),
    min_size: _o,
    max_size: vo,
    size_equals: (e, t) => fo(e, t.size),
    string_format: (e, t) => {
      (go(e, t.format),
        t.pattern && mo(e, t.pattern),
        (t.format === `base64` || t.format === `base64url`) && (e.contentEncoding = t.format),
        (t.local || t.precision === -1) && (e.laxFormat = !0));
    },
    mime_type: (e, t) => ho(e, t.mime),
  };
function xo(e) {
  let t = {},
    n = e._zod.def,
    r = e._zod.traits.has(`$ZodCheck`) ? [e, ...(n.checks ?? [])] : (n.checks ?? []);
  for (let e of r) bo[e._zod.def.check]?.(t, e._zod.def);
  let i = e._zod.bag;
  (i.minimum !== void 0 && lo(t, `minimum`, i.minimum),
    i.exclusiveMinimum !== void 0 && lo(t, `exclusiveMinimum`, i.exclusiveMinimum),
    i.maximum !== void 0 && uo(t, `maximum`, i.maximum),
    i.exclusiveMaximum !== void 0 && uo(t, `exclusiveMaximum`, i.exclusiveMaximum),
    i.multipleOf !== void 0 && po(t, i.multipleOf),
    i.format !== void 0 && ((t.format ??= i.format), i.format.includes(`int`) && (t.isInt = !0)),
    i.mime && ho(t, i.mime));
  for (let e of i.patterns ?? []) mo(t, e);
  return t;
}
var So = { guid: `uuid`, url: `uri`, datetime: `date-time`, json_string: `json-string`, regex: `` },
  Co = new Map([
    [Or, pn],
    [Ar, mn],
  ]),
  wo = (e) => Co.get(e) ?? e,
  To = (e, t, n, r) => {
    let i = n;
    i.type = `string`;
    let { minimum: a, maximum: o, format: s, patterns: c, contentEncoding: l, laxFormat: u } = xo(e);
    if (
      (typeof a == `number` && (i.minLength = a),
      typeof o == `number` && (i.maxLength = o),
      s &&
        ((i.format = So[s] ?? s), i.format === `` && delete i.format, (s === `time` || u) && delete i.format),
      l && (i.contentEncoding = l),
      c && c.size > 0)
    ) {
      let e = [...c].map(wo);
      e.length === 1
        ? (i.pattern = e[0].source)
        : e.length > 1 &&
          (i.allOf = [
            ...e.map((e) => ({
              ...(t.target === `draft-07` || t.target === `draft-04` || t.target === `openapi-3.0`
                ? { type: `string` }
                : {}),
              pattern: e.source,
            })),
          ]);
    }
  },
  Eo = (e, t, n, r) => {
    let i = n,
      { minimum: a, maximum: o, multipleOf: s, exclusiveMaximum: c, exclusiveMinimum: l, isInt: u } = xo(e);
    i.type = u ? `integer` : `number`;
    let d = typeof l == `number` && l >= (a ?? -1 / 0),
      f = typeof c == `number` && c <= (o ?? 1 / 0),
      p = t.target === `draft-04` || t.target === `openapi-3.0`;
    if (
      (d
        ? p
          ? ((i.minimum = l), (i.exclusiveMinimum = !0))
          : (i.exclusiveMinimum = l)
        : typeof a == `number` && (i.minimum = a),
      f
        ? p
          ? ((i.maximum = c), (i.exclusiveMaximum = !0))
          : (i.exclusiveMaximum = c)
        : typeof o == `number` && (i.maximum = o),
      s)
    ) {
      let n = new Set();
      for (let a of s)
        Number.isFinite(a) && a !== 0
          ? n.add(Math.abs(a))
          : Za(e, t, i, r, `A multipleOf divisor of ${a} cannot be represented in JSON Schema`);
      let [a, ...o] = n;
      (a !== void 0 && (i.multipleOf = a),
        o.length && (i.allOf = [...(i.allOf ?? []), ...o.map((e) => ({ multipleOf: e }))]));
    }
  },
  Do = (e, t, n, r) => {
    n.type = `boolean`;
  },
  Oo = (e, t, n, r) => {
    n.not = {};
  },
  ko = (e, t, n, r) => {
    let i = e._zod.def,
      a = O(i.entries);
    a.length === 0
      ? (n.not = {})
      : (a.every((e) => typeof e == `number`) && (n.type = `number`),
        a.every((e) => typeof e == `string`) && (n.type = `string`),
        (n.enum = a));
  },
  Ao = (e, t, n, r) => {
    Za(e, t, n, r, `Custom types cannot be represented in JSON Schema`);
  },
  jo = (e, t, n, r) => {
    Za(e, t, n, r, `Transforms cannot be represented in JSON Schema`);
  },
  Mo = (e, t, n, r) => {
    let i = n,
      a = e._zod.def,
      { minimum: o, maximum: s } = xo(e);
    (typeof o == `number` && (i.minItems = o),
      typeof s == `number` && (i.maxItems = s),
      (i.type = `array`),
      (i.items = L(a.element, t, { ...r, path: [...r.path, `items`] })));
  };
function No(e) {
  let t = e._zod.def;
  return t.type === `pipe` && t.in._zod.traits.has(`$ZodTransform`)
    ? No(t.out)
    : t.type === `catch`
      ? No(t.innerType)
      : e._zod.optin;
}
var Po = (e, t, n, r) => {
    let i = n,
      a = e._zod.def,
      o = a.shape;
    if (
      Object.getOwnPropertySymbols(o).length &&
      Za(e, t, i, r, `Symbol keys cannot be represented in JSON Schema`)
    )
      return;
    ((i.type = `object`), (i.properties = {}));
    for (let e in o) pe(i.properties, e, L(o[e], t, { ...r, path: [...r.path, `properties`, e] }));
    let s = [];
    for (let e of Object.keys(o)) {
      let n = a.shape[e];
      (t.io === `input` ? No(n) === void 0 : n._zod.optout === void 0) && s.push(e);
    }
    (s.length > 0 && (i.required = s),
      a.catchall?._zod.def.type === `never`
        ? (i.additionalProperties = !1)
        : a.catchall
          ? a.catchall &&
            (i.additionalProperties = L(a.catchall, t, { ...r, path: [...r.path, `additionalProperties`] }))
          : t.io === `output` && (i.additionalProperties = !1));
  },
  Fo = (e, t, n, r) => {
    let i = e._zod.def,
      a = i.inclusive === !1,
      o = i.options.map((e, n) => L(e, t, { ...r, path: [...r.path, a ? `oneOf` : `anyOf`, n] }));
    a ? (n.oneOf = o) : (n.anyOf = o);
  },
  Io = (e, t, n, r) => {
    let i = e._zod.def,
      a = L(i.left, t, { ...r, path: [...r.path, `allOf`, 0] }),
      o = L(i.right, t, { ...r, path: [...r.path, `allOf`, 1] }),
      s = (e) => `allOf` in e && Object.keys(e).length === 1,
      c = [...(s(a) ? a.allOf : [a]), ...(s(o) ? o.allOf : [o])];
    ((n.allOf = c), t.intersections.push(c));
  };
function Lo(e, t, n) {
  if (t.$ref) {
    if (n.has(t)) return t;
    n.add(t);
    let r = e.get(t)?.def;
    if (!r) return t;
    let i = Lo(e, r, n);
    return i === r ? t : i;
  }
  for (let r of [`anyOf`, `oneOf`]) {
    let i = t[r];
    if (!Array.isArray(i)) continue;
    let a = i.map((t) => Lo(e, t, n));
    a.some((e, t) => e !== i[t]) && (t = { ...t, [r]: a });
  }
  let r = Array.isArray(t.type) ? t.type : [t.type],
    i = !r.includes(`string`) && r.some((e) => e === `number` || e === `integer`),
    a = t.enum ?? (t.const === void 0 ? void 0 : [t.const]);
  if (!i && !a?.some((e) => typeof e == `number`)) return t;
  let {
    minimum: o,
    maximum: s,
    exclusiveMinimum: c,
    exclusiveMaximum: l,
    multipleOf: u,
    format: d,
    id: f,
    ...p
  } = t;
  return (
    p.enum
      ? (p.enum = p.enum.map((e) => (typeof e == `number` ? String(e) : e)))
      : typeof p.const == `number` && (p.const = String(p.const)),
    i && ((p.type = `string`), a || (p.pattern = (r.includes(`number`) ? Tn : wn).source)),
    p
  );
}
var Ro = new WeakMap();
function zo(e) {
  let t = new Map();
  for (let n of e.seen.values()) n.def && !t.has(n.schema) && t.set(n.schema, n);
  let n = new Map();
  for (let r of Ro.get(e) ?? []) {
    let i = e.seen.get(r),
      a = (i?.def ?? i?.schema)?.propertyNames;
    if (!a || a === !0 || n.has(a)) continue;
    let o = Lo(t, a, new Set());
    o !== a && n.set(a, o);
  }
  if (n.size)
    for (let t of e.seen.values())
      for (let e of [t.schema, t.def]) {
        let t = e && n.get(e.propertyNames);
        t && (e.propertyNames = t);
      }
}
var Bo = (e, t, n, r) => {
    let i = n,
      a = e._zod.def;
    i.type = `object`;
    let o = a.keyType,
      s = xo(o).patterns;
    if (a.mode === `loose` && s && s.size > 0) {
      let e = L(a.valueType, t, { ...r, path: [...r.path, `patternProperties`, `*`] });
      i.patternProperties = {};
      for (let t of s) pe(i.patternProperties, wo(t).source, e);
    } else {
      if (t.target === `draft-07` || t.target === `draft-2020-12`) {
        i.propertyNames = L(a.keyType, t, { ...r, path: [...r.path, `propertyNames`] });
        let n = Ro.get(t);
        (n || ((n = []), Ro.set(t, n), t.deferred.push(() => zo(t))), n.push(e));
      }
      i.additionalProperties = L(a.valueType, t, { ...r, path: [...r.path, `additionalProperties`] });
    }
    let c = o._zod.values,
      l = t.io === `input` && No(a.valueType) !== void 0;
    if (c && !a.partial && !l) {
      let e = [...c].filter((e) => typeof e == `string` || typeof e == `number`);
      e.length > 0 && (i.required = e.map(String));
    }
  },
  Vo = (e, t, n, r) => {
    let i = e._zod.def,
      a = L(i.innerType, t, r),
      o = t.seen.get(e);
    t.target === `openapi-3.0`
      ? ((o.ref = i.innerType), (n.nullable = !0))
      : (n.anyOf = [a, { type: `null` }]);
  },
  Ho = (e, t, n, r) => {
    let i = e._zod.def;
    L(i.innerType, t, r);
    let a = t.seen.get(e);
    a.ref = i.innerType;
  },
  Uo = Symbol();
function Wo(e, t, n, r, i) {
  let a = !1,
    o = JSON.stringify(e, (e, t) => (typeof t == `bigint` ? ((a = !0), null) : t));
  return a ? (Za(t, n, r, i, `BigInt defaults cannot be represented in JSON Schema`), Uo) : JSON.parse(o);
}
var Go = (e, t, n, r) => {
    let i = e._zod.def;
    L(i.innerType, t, r);
    let a = t.seen.get(e);
    a.ref = i.innerType;
    let o = Wo(i.defaultValue, e, t, n, r);
    o !== Uo && (n.default = o);
  },
  Ko = (e, t, n, r) => {
    let i = e._zod.def;
    L(i.innerType, t, r);
    let a = t.seen.get(e);
    if (((a.ref = i.innerType), t.io !== `input`)) return;
    let o = Wo(i.defaultValue, e, t, n, r);
    o !== Uo && (n._prefault = o);
  },
  qo = (e, t, n, r) => {
    let i = e._zod.def;
    L(i.innerType, t, r);
    let a = t.seen.get(e);
    a.ref = i.innerType;
    let o;
    try {
      o = i.catchValue(void 0);
    } catch {
      Za(e, t, n, r, `Dynamic catch values are not supported in JSON Schema`);
      return;
    }
    n.default = o;
  },
  Jo = (e, t, n, r) => {
    let i = e._zod.def,
      a = i.in._zod.traits.has(`$ZodTransform`),
      o = t.io === `input` ? (a ? i.out : i.in) : i.out;
    L(o, t, r);
    let s = t.seen.get(e);
    s.ref = o;
  },
  Yo = (e, t, n, r) => {
    let i = e._zod.def;
    L(i.innerType, t, r);
    let a = t.seen.get(e);
    ((a.ref = i.innerType), (n.readOnly = !0));
  },
  Xo = (e, t, n, r) => {
    let i = e._zod.def;
    L(i.innerType, t, r);
    let a = t.seen.get(e);
    a.ref = i.innerType;
  },
  Zo = (e, t, n, r) => {
    let i = e._zod.innerType;
    L(i, t, r);
    let a = t.seen.get(e);
    a.ref = i;
  },
  Qo = new WeakSet([Object.prototype, Error.prototype]);
function $o(e, t, n) {
  Object.defineProperty(e, t, {
    configurable: !0,
    enumerable: !1,
    get() {
      let e = n(this);
      return (Object.defineProperty(this, t, { value: e, configurable: !0, writable: !0 }), e);
    },
    set(e) {
      Object.defineProperty(this, t, { value: e, configurable: !0, writable: !0 });
    },
  });
}
var z = N(
    `ZodError`,
    (e, t) => {
      (Et.init(e, t), (e.name = `ZodError`));
      let n = Object.getPrototypeOf(e);
      Qo.has(n) ||
        (Qo.add(n),
        $o(n, `format`, (e) => (t) => kt(e, t)),
        $o(n, `flatten`, (e) => (t) => Ot(e, t)),
        $o(n, `addIssue`, (e) => (t) => {
          (e.issues.push(t), (e.message = JSON.stringify(e.issues, oe, 2)));
        }),
        $o(n, `addIssues`, (e) => (t) => {
          (e.issues.push(...t), (e.message = JSON.stringify(e.issues, oe, 2)));
        }),
        Object.defineProperty(n, 'isEmpty', {
          configurable: !0,
          enumerable: !1,
          get() {
            return this.issues.length === 0;
          },
        }));
    },
    void 0,
    { Parent: Error },
  ),
  es = jt(z),
  ts = Mt(z),
  ns = Nt(z),
  rs = Ft(z),
  is = Vt(z),
  as = Ht(z),
  os = Ut(z),
  ss = Wt(z),
  cs = Gt(z),
  ls = Kt(z),
  us = qt(z),
  ds = Jt(z);
function fs() {
  yt.localeError || bt(Vi());
}
function ps() {
  yt.memoizer || bt({ memoizer: Ri() });
}
var B = N(`ZodType`, (e, t) => (fs(), F.init(e, t), (e.def = t), (e.type = t.type), e), {
    check(...e) {
      let t = this.def;
      return this.clone(
        A(t, {
          checks: [
            ...(t.checks ?? []),
            ...e.map((e) =>
              typeof e == `function` ? { _zod: { check: e, def: { check: `custom` }, onattach: [] } } : e,
            ),
          ],
        }),
        { parent: !0 },
      );
    },
    with(...e) {
      return this.check(...e);
    },
    clone(e, t) {
      return ke(this, e, t);
    },
    brand() {
      return this;
    },
    register(e, t) {
      return (e.add(this, t), this);
    },
    refine(e, t) {
      return this.check(Dc(e, t));
    },
    superRefine(e, t) {
      return this.check(Oc(e, t));
    },
    overwrite(e) {
      return this.check(za(e));
    },
    optional() {
      return sc(this);
    },
    exactOptional() {
      return lc(this);
    },
    nullable() {
      return dc(this);
    },
    nullish() {
      return sc(dc(this));
    },
    nonoptional(e) {
      return _c(this, e);
    },
    array() {
      return W(this);
    },
    or(e) {
      return Zs([this, e]);
    },
    and(e) {
      return $s(this, e);
    },
    transform(e) {
      return xc(this, ac(e));
    },
    default(e) {
      return pc(this, e);
    },
    prefault(e) {
      return hc(this, e);
    },
    catch(e) {
      return yc(this, e);
    },
    pipe(e) {
      return xc(this, e);
    },
    readonly() {
      return Cc(this);
    },
    describe(e) {
      let t = this.clone();
      return (Gi.add(t, { description: e }), t);
    },
    meta(...e) {
      if (e.length === 0) return Gi.get(this);
      let t = this.clone();
      return (Gi.add(t, e[0]), t);
    },
    isOptional() {
      return this.safeParse(void 0).success;
    },
    isNullable() {
      return this.safeParse(null).success;
    },
    apply(e, ...t) {
      return t.length === 0 ? e(this) : e(this, ...t);
    },
    get '~standard'() {
      return rt(this, `~standard`, {
        ...Xn(this),
        jsonSchema: { input: co(this, `input`), output: co(this, `output`) },
      });
    },
    set '~standard'(e) {
      nt(this, `~standard`, e);
    },
    parse: function e(t, n) {
      return es(this, t, n, { callee: e });
    },
    parseAsync: async function e(t, n) {
      return await ts(this, t, n, { callee: e });
    },
    safeParse(e, t) {
      return ns(this, e, t);
    },
    async safeParseAsync(e, t) {
      return rs(this, e, t);
    },
    get spa() {
      return this?.safeParseAsync;
    },
    set spa(e) {
      nt(this, `spa`, e);
    },
    validate(e, t) {
      return Rt(this, e, t);
    },
    validateAsync(e, t) {
      return Bt(this, e, t);
    },
    encode: function e(t, n) {
      return is(this, t, n, { callee: e });
    },
    decode: function e(t, n) {
      return as(this, t, n, { callee: e });
    },
    encodeAsync: async function e(t, n) {
      return await os(this, t, n, { callee: e });
    },
    decodeAsync: async function e(t, n) {
      return await ss(this, t, n, { callee: e });
    },
    safeEncode(e, t) {
      return cs(this, e, t);
    },
    safeDecode(e, t) {
      return ls(this, e, t);
    },
    async safeEncodeAsync(e, t) {
      return us(this, e, t);
    },
    async safeDecodeAsync(e, t) {
      return ds(this, e, t);
    },
    toJSONSchema(e) {
      return so(this, {})(e);
    },
    get description() {
      return Gi.get(this)?.description;
    },
    get _def() {
      return this._zod.def;
    },
  }),
  ms = N(
    `_ZodString`,
    (e, t) => {
      (Zn.init(e, t), B.init(e, t), (e._zod.processJSONSchema = (t, n, r) => To(e, t, n, r)));
    },
    it(
      {
        format: (e) => xo(e).format ?? null,
        minLength: (e) => xo(e).minimum ?? null,
        maxLength: (e) => xo(e).maximum ?? null,
      },
      {
        regex(...e) {
          return this.check(Na(...e));
        },
        includes(...e) {
          return this.check(Ia(...e));
        },
        startsWith(...e) {
          return this.check(La(...e));
        },
        endsWith(...e) {
          return this.check(Ra(...e));
        },
        min(...e) {
          return this.check(ja(...e));
        },
        max(...e) {
          return this.check(Aa(...e));
        },
        length(...e) {
          return this.check(Ma(...e));
        },
        nonempty(...e) {
          return this.check(ja(1, ...e));
        },
        lowercase(e) {
          return this.check(Pa(e));
        },
        uppercase(e) {
          return this.check(Fa(e));
        },
        trim() {
          return this.check(Va());
        },
        normalize(...e) {
          return this.check(Ba(...e));
        },
        toLowerCase() {
          return this.check(Ha());
        },
        toUpperCase() {
          return this.check(Ua());
        },
        slugify() {
          return this.check(Wa());
        },
      },
    ),
  ),
  hs = N(
    `ZodString`,
    (e, t) => {
      (Zn.init(e, t), ms.init(e, t));
    },
    {
      email(e) {
        return this.check(Ji(bs, e));
      },
      url(e) {
        return this.check(ea(Cs, e));
      },
      jwt(e) {
        return this.check(ha(Rs, e));
      },
      emoji(e) {
        return this.check(ta(ws, e));
      },
      guid(e) {
        return this.check(Yi(xs, e));
      },
      uuid(e) {
        return this.check(Xi(Ss, e));
      },
      uuidv4(e) {
        return this.check(Zi(Ss, e));
      },
      uuidv6(e) {
        return this.check(Qi(Ss, e));
      },
      uuidv7(e) {
        return this.check($i(Ss, e));
      },
      nanoid(e) {
        return this.check(na(Ts, e));
      },
      cuid(e) {
        return this.check(ra(Es, e));
      },
      cuid2(e) {
        return this.check(ia(Ds, e));
      },
      ulid(e) {
        return this.check(aa(Os, e));
      },
      base64(e) {
        return this.check(fa(Fs, e));
      },
      base64url(e) {
        return this.check(pa(Is, e));
      },
      xid(e) {
        return this.check(oa(ks, e));
      },
      ksuid(e) {
        return this.check(sa(As, e));
      },
      ipv4(e) {
        return this.check(ca(js, e));
      },
      ipv6(e) {
        return this.check(la(Ms, e));
      },
      cidrv4(e) {
        return this.check(ua(Ns, e));
      },
      cidrv6(e) {
        return this.check(da(Ps, e));
      },
      e164(e) {
        return this.check(ma(Ls, e));
      },
      datetime(e) {
        return this.check(ga(gs, e));
      },
      date(e) {
        return this.check(_a(_s, e));
      },
      time(e) {
        return this.check(va(vs, e));
      },
      duration(e) {
        return this.check(ya(ys, e));
      },
    },
  );
function V(e) {
  return qi(hs, e);
}
var H = N(`ZodStringFormat`, (e, t) => {
    (I.init(e, t), ms.init(e, t));
  }),
  gs = N(`ZodISODateTime`, (e, t) => {
    (gr.init(e, t), H.init(e, t));
  }),
  _s = N(`ZodISODate`, (e, t) => {
    (_r.init(e, t), H.init(e, t));
  }),
  vs = N(`ZodISOTime`, (e, t) => {
    (vr.init(e, t), H.init(e, t));
  }),
  ys = N(`ZodISODuration`, (e, t) => {
    (yr.init(e, t), H.init(e, t));
  }),
  bs = N(`ZodEmail`, (e, t) => {
    (er.init(e, t), H.init(e, t));
  }),
  xs = N(`ZodGUID`, (e, t) => {
    (Qn.init(e, t), H.init(e, t));
  }),
  Ss = N(`ZodUUID`, (e, t) => {
    ($n.init(e, t), H.init(e, t));
  }),
  Cs = N(`ZodURL`, (e, t) => {
    (cr.init(e, t), H.init(e, t));
  }),
  ws = N(`ZodEmoji`, (e, t) => {
    (lr.init(e, t), H.init(e, t));
  }),
  Ts = N(`ZodNanoID`, (e, t) => {
    (ur.init(e, t), H.init(e, t));
  }),
  Es = N(`ZodCUID`, (e, t) => {
    (dr.init(e, t), H.init(e, t));
  }),
  Ds = N(`ZodCUID2`, (e, t) => {
    (fr.init(e, t), H.init(e, t));
  }),
  Os = N(`ZodULID`, (e, t) => {
    (pr.init(e, t), H.init(e, t));
  }),
  ks = N(`ZodXID`, (e, t) => {
    (mr.init(e, t), H.init(e, t));
  }),
  As = N(`ZodKSUID`, (e, t) => {
    (hr.init(e, t), H.init(e, t));
  }),
  js = N(`ZodIPv4`, (e, t) => {
    (br.init(e, t), H.init(e, t));
  }),
  Ms = N(`ZodIPv6`, (e, t) => {
    (Cr.init(e, t), H.init(e, t));
  }),
  Ns = N(`ZodCIDRv4`, (e, t) => {
    (wr.init(e, t), H.init(e, t));
  }),
  Ps = N(`ZodCIDRv6`, (e, t) => {
    (Er.init(e, t), H.init(e, t));
  }),
  Fs = N(`ZodBase64`, (e, t) => {
    (kr.init(e, t), H.init(e, t));
  }),
  Is = N(`ZodBase64URL`, (e, t) => {
    (Mr.init(e, t), H.init(e, t));
  }),
  Ls = N(`ZodE164`, (e, t) => {
    (Nr.init(e, t), H.init(e, t));
  }),
  Rs = N(`ZodJWT`, (e, t) => {
    (Fr.init(e, t), H.init(e, t));
  }),
  zs = N(
    `ZodNumber`,
    (e, t) => {
      (Ir.init(e, t),
        B.init(e, t),
        (e._zod.processJSONSchema = (t, n, r) => Eo(e, t, n, r)),
        (e.isFinite = !0));
    },
    it(
      {
        minValue: (e) => {
          let { minimum: t, exclusiveMinimum: n } = xo(e);
          return Math.max(t ?? -1 / 0, n ?? -1 / 0);
        },
        maxValue: (e) => {
          let { maximum: t, exclusiveMaximum: n } = xo(e);
          return Math.min(t ?? 1 / 0, n ?? 1 / 0);
        },
        isInt: (e) => {
          let { isInt: t, multipleOf: n } = xo(e);
          return !!t || !!n?.some(Number.isSafeInteger);
        },
        format: (e) => xo(e).format ?? null,
      },
      {
        gt(e, t) {
          return this.check(Da(e, t));
        },
        gte(e, t) {
          return this.check(Oa(e, t));
        },
        min(e, t) {
          return this.check(Oa(e, t));
        },
        lt(e, t) {
          return this.check(Ta(e, t));
        },
        lte(e, t) {
          return this.check(Ea(e, t));
        },
        max(e, t) {
          return this.check(Ea(e, t));
        },
        int(e) {
          return this.check(Vs(e));
        },
        safe(e) {
          return this.check(Vs(e));
        },
        positive(e) {
          return this.check(Da(0, e));
        },
        nonnegative(e) {
          return this.check(Oa(0, e));
        },
        negative(e) {
          return this.check(Ta(0, e));
        },
        nonpositive(e) {
          return this.check(Ea(0, e));
        },
        multipleOf(e, t) {
          return this.check(ka(e, t));
        },
        step(e, t) {
          return this.check(ka(e, t));
        },
        finite() {
          return this;
        },
      },
    ),
  );
function U(e) {
  return ba(zs, e);
}
var Bs = N(`ZodNumberFormat`, (e, t) => {
  (Lr.init(e, t), zs.init(e, t));
});
function Vs(e) {
  return xa(Bs, e);
}
var Hs = N(`ZodBoolean`, (e, t) => {
  (Rr.init(e, t), B.init(e, t), (e._zod.processJSONSchema = (t, n, r) => Do(e, t, n, r)));
});
function Us(e) {
  return Sa(Hs, e);
}
var Ws = N(`ZodUnknown`, (e, t) => {
  (zr.init(e, t), B.init(e, t), (e._zod.processJSONSchema = (e, t, n) => void 0));
});
function Gs() {
  return Ca(Ws);
}
var Ks = N(`ZodNever`, (e, t) => {
  (Br.init(e, t), B.init(e, t), (e._zod.processJSONSchema = (t, n, r) => Oo(e, t, n, r)));
});
function qs(e) {
  return wa(Ks, e);
}
var Js = N(
  `ZodArray`,
  (e, t) => {
    (ps(),
      Wr.init(e, t),
      B.init(e, t),
      (e._zod.processJSONSchema = (t, n, r) => Mo(e, t, n, r)),
      (e.element = t.element));
  },
  {
    min(e, t) {
      return this.check(ja(e, t));
    },
    nonempty(e) {
      return this.check(ja(1, e));
    },
    max(e, t) {
      return this.check(Aa(e, t));
    },
    length(e, t) {
      return this.check(Ma(e, t));
    },
    unwrap() {
      return this.element;
    },
  },
);
function W(e, t) {
  return Ga(Js, e, t);
}
var Ys = N(
  `ZodObject`,
  (e, t) => {
    (ps(),
      Xr.init(e, t),
      B.init(e, t),
      (e._zod.processJSONSchema = (t, n, r) => Po(e, t, n, r)),
      ut(e, `shape`, (e) => e._zod.def.shape, !1));
  },
  {
    keyof() {
      return rc(Object.keys(this._zod.def.shape));
    },
    catchall(e) {
      return this.clone(A(this._zod.def, { catchall: e }));
    },
    passthrough() {
      return this.clone(A(this._zod.def, { catchall: Gs() }));
    },
    loose() {
      return this.clone(A(this._zod.def, { catchall: Gs() }));
    },
    strict() {
      return this.clone(A(this._zod.def, { catchall: qs() }));
    },
    strip() {
      return this.clone(A(this._zod.def, { catchall: void 0 }));
    },
    extend(e) {
      return Le(this, e);
    },
    safeExtend(e) {
      return ze(this, e);
    },
    merge(e) {
      return Be(this, e);
    },
    pick(e) {
      return Pe(this, e);
    },
    omit(e) {
      return Ie(this, e);
    },
    partial(...e) {
      return Ve(oc, this, e[0]);
    },
    exactPartial(...e) {
      return Ve(cc, this, e[0], `exactPartial`);
    },
    required(...e) {
      return He(gc, this, e[0]);
    },
  },
);
function G(e, t) {
  return new Ys({ type: `object`, shape: e, catchall: qs(), ...j(t) });
}
var Xs = N(`ZodUnion`, (e, t) => {
  (Qr.init(e, t),
    B.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => Fo(e, t, n, r)),
    (e.options = t.options));
});
function Zs(e, t) {
  return new Xs({ type: `union`, options: e, ...j(t) });
}
var Qs = N(`ZodIntersection`, (e, t) => {
  ($r.init(e, t), B.init(e, t), (e._zod.processJSONSchema = (t, n, r) => Io(e, t, n, r)));
});
function $s(e, t) {
  return new Qs({ type: `intersection`, left: e, right: t });
}
var ec = N(`ZodRecord`, (e, t) => {
  (ps(),
    ni.init(e, t),
    B.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => Bo(e, t, n, r)),
    (e.keyType = t.keyType),
    (e.valueType = t.valueType));
});
function tc(e, t, n) {
  return !t || !t._zod
    ? new ec({ type: `record`, keyType: V(), valueType: e, ...j(t) })
    : new ec({ type: `record`, keyType: e, valueType: t, ...j(n) });
}
var nc = N(`ZodEnum`, (e, t) => {
  (ri.init(e, t),
    B.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => ko(e, t, n, r)),
    (e.enum = t.entries),
    (e.options = [...e._zod.values]));
  let n = new Set(Object.keys(t.entries));
  ((e.extract = (e, r) => {
    let i = {};
    for (let r of e)
      if (n.has(r)) i[r] = t.entries[r];
      else throw Error(`Key ${r} not found in enum`);
    return new nc({ ...t, checks: [], ...j(r), entries: i });
  }),
    (e.exclude = (e, r) => {
      let i = { ...t.entries };
      for (let t of e)
        if (n.has(t)) delete i[t];
        else throw Error(`Key ${t} not found in enum`);
      return new nc({ ...t, checks: [], ...j(r), entries: i });
    }));
});
function rc(e, t) {
  return new nc({
    type: `enum`,
    entries: Array.isArray(e) ? Object.fromEntries(e.map((e) => [e, e])) : e,
    ...j(t),
  });
}
var ic = N(`ZodTransform`, (e, t) => {
  (ps(),
    ii.init(e, t),
    B.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => jo(e, t, n, r)),
    (e._zod.parse = (n, r) => {
      if (r.direction === `backward`) throw new vt(e.constructor.name);
      n.addIssue = (r) => {
        if (typeof r == `string`) n.issues.push(et(r, n.value, t));
        else {
          let t = r;
          (t.fatal && (t.continue = !1),
            (t.code ??= `custom`),
            `input` in t || (t.input = n.value),
            (t.inst ??= e),
            n.issues.push(et(t)));
        }
      };
      let i = t.transform(n.value, n);
      return i instanceof Promise ? i.then((e) => ((n.value = e), n)) : ((n.value = i), n);
    }));
});
function ac(e) {
  return new ic({ type: `transform`, transform: e });
}
var oc = N(`ZodOptional`, (e, t) => {
  (oi.init(e, t),
    B.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => Xo(e, t, n, r)),
    (e.unwrap = () => e._zod.def.innerType));
});
function sc(e) {
  return new oc({ type: `optional`, innerType: e });
}
var cc = N(`ZodExactOptional`, (e, t) => {
  (si.init(e, t),
    B.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => Xo(e, t, n, r)),
    (e.unwrap = () => e._zod.def.innerType));
});
function lc(e) {
  return new cc({ type: `optional`, innerType: e });
}
var uc = N(`ZodNullable`, (e, t) => {
  (ci.init(e, t),
    B.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => Vo(e, t, n, r)),
    (e.unwrap = () => e._zod.def.innerType));
});
function dc(e) {
  return new uc({ type: `nullable`, innerType: e });
}
var fc = N(`ZodDefault`, (e, t) => {
  (li.init(e, t),
    B.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => Go(e, t, n, r)),
    (e.unwrap = () => e._zod.def.innerType),
    (e.removeDefault = e.unwrap));
});
function pc(e, t) {
  return new fc({
    type: `default`,
    innerType: e,
    get defaultValue() {
      return typeof t == `function` ? t() : Ee(t);
    },
  });
}
var mc = N(`ZodPrefault`, (e, t) => {
  (di.init(e, t),
    B.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => Ko(e, t, n, r)),
    (e.unwrap = () => e._zod.def.innerType));
});
function hc(e, t) {
  return new mc({
    type: `prefault`,
    innerType: e,
    get defaultValue() {
      return typeof t == `function` ? t() : Ee(t);
    },
  });
}
var gc = N(`ZodNonOptional`, (e, t) => {
  (fi.init(e, t),
    B.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => Ho(e, t, n, r)),
    (e.unwrap = () => e._zod.def.innerType));
});
function _c(e, t) {
  return new gc({ type: `nonoptional`, innerType: e, ...j(t) });
}
var vc = N(`ZodCatch`, (e, t) => {
  (hi.init(e, t),
    B.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => qo(e, t, n, r)),
    (e.unwrap = () => e._zod.def.innerType),
    (e.removeCatch = e.unwrap));
});
function yc(e, t) {
  return new vc({ type: `catch`, innerType: e, catchValue: typeof t == `function` ? t : ft(t) });
}
var bc = N(`ZodPipe`, (e, t) => {
  (gi.init(e, t),
    B.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => Jo(e, t, n, r)),
    (e.in = t.in),
    (e.out = t.out));
});
function xc(e, t) {
  return new bc({ type: `pipe`, in: e, out: t });
}
var Sc = N(`ZodReadonly`, (e, t) => {
  (vi.init(e, t),
    B.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => Yo(e, t, n, r)),
    (e.unwrap = () => e._zod.def.innerType));
});
function Cc(e) {
  return new Sc({ type: `readonly`, innerType: e });
}
var wc = N(`ZodLazy`, (e, t) => {
  (bi.init(e, t),
    B.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => Zo(e, t, n, r)),
    (e.unwrap = () => e._zod.def.getter()));
});
function Tc(e) {
  return new wc({ type: `lazy`, getter: e });
}
var Ec = N(`ZodCustom`, (e, t) => {
  (xi.init(e, t), B.init(e, t), (e._zod.processJSONSchema = (t, n, r) => Ao(e, t, n, r)));
});
function Dc(e, t = {}) {
  return Ka(Ec, e, t);
}
function Oc(e, t) {
  return qa(e, t);
}
var kc = V().regex(/^[a-z]{3}\.[a-z0-9-]+$/u, `moet de vorm "mod.naam" hebben (kleine letters, cijfers, -)`),
  Ac = V().regex(/^[a-z-]+\.[a-z-]+\.\d+$/u, `is geen geldige bron-id`),
  jc = Tc(() =>
    Zs([
      G({ all: W(jc).min(1) }),
      G({ any: W(jc).min(1) }),
      G({ not: jc }),
      G({ item: kc, scoreBelow: U().min(0).max(1) }),
      G({ item: kc, scoreAtLeast: U().min(0).max(1) }),
      G({ item: kc, answerIn: W(V()).min(1) }),
      G({ item: kc, side: rc([`now`, `desired`]), atMost: U().int().min(-3).max(3) }),
      G({ item: kc, side: rc([`now`, `desired`]), atLeast: U().int().min(-3).max(3) }),
      G({ module: V(), scoreBelow: U().min(0).max(1) }),
      G({ module: V(), scoreAtLeast: U().min(0).max(1) }),
      G({ module: V(), unknownShareAtLeast: U().min(0).max(1) }),
    ]),
  ),
  Mc = G({
    id: kc,
    type: rc(re),
    anchor: Us().optional(),
    weight: U().min(0.5).max(3).default(1),
    roles: W(rc(ne)).min(1),
    quick: Us().default(!1),
    reverse: Us().optional(),
    sources: W(Ac).min(1),
    leansLeft: W(Ac).optional(),
    leansRight: W(Ac).optional(),
    showIf: jc.optional(),
  }),
  Nc = G({ id: V().regex(/^[a-z]{3}$/u), order: U().int().min(1), items: W(Mc).min(1) }),
  K = V().trim().min(1, `mag niet leeg zijn`);
(G({ text: K, why: K, gap: K, strength: K }),
  G({ text: K, left: K, right: K, why: K, leftRisk: K, rightRisk: K, extremes: K, gap: K }),
  G({ text: K, why: K, hint: V().optional() }));
var Pc = G({ title: K, intro: K, items: tc(V(), tc(V(), V())) }),
  Fc = G({
    contentVersion: V().regex(/^\d+\.\d+\.\d+$/u, `moet de vorm 1.2.3 hebben`),
    fingerprint: V(),
    secondsPerType: G({
      likert: U().positive(),
      frequency: U().positive(),
      instrument: U().positive(),
      dilemma: U().positive(),
      open: U().positive(),
    }),
    instrumentValues: W(rc(ie)).optional(),
  }),
  Ic = W(
    G({ id: V().regex(/^[a-z0-9-]+$/u), severity: rc([`warning`, `info`]), when: jc, sources: W(Ac).min(1) }),
  ),
  Lc = tc(V(), G({ title: K, advice: K })),
  Rc = G({ moduleOrder: W(V()).min(1), quick: W(kc) }),
  zc = G({ bestuurder: Rc, projectleider: Rc, trainer: Rc }),
  Bc = G({ nl: K, en: K }),
  Vc = W(G({ key: V(), file: V(), title: Bc, origin: Bc, sections: tc(V(), Bc) }));
G({ source: V(), ids: W(G({ id: Ac, kind: V() })) });
function Hc(e, t) {
  let n = Fc.parse(e.meta),
    r = e.texts[t],
    i = Object.values(e.modules)
      .map((e) => Nc.parse(e))
      .sort((e, t) => e.order - t.order)
      .map((e) => {
        let t = Pc.parse(r[e.id]),
          n = e.items.map((n) => ({ ...n, module: e.id, t: t.items[n.id] }));
        return { id: e.id, order: e.order, title: t.title, intro: t.intro, items: n };
      }),
    a = Lc.parse(r.rules),
    o = Ic.parse(e.rules).map((e) => ({
      ...e,
      title: a[e.id]?.title ?? e.id,
      advice: a[e.id]?.advice ?? ``,
    })),
    s = Vc.parse(e.sources).map((e) => ({
      key: e.key,
      file: e.file,
      title: e.title[t],
      origin: e.origin[t],
      sections: Object.fromEntries(Object.entries(e.sections).map(([e, n]) => [e, n[t]])),
    }));
  return {
    lang: t,
    contentVersion: n.contentVersion,
    secondsPerType: n.secondsPerType,
    modules: i,
    rules: o,
    paths: zc.parse(e.scans),
    sources: s,
  };
}
var Uc = {
    contentVersion: `1.0.0`,
    fingerprint: `5f2a2617`,
    secondsPerType: { likert: 15, frequency: 15, instrument: 12, dilemma: 40, open: 90 },
    instrumentValues: [`ja`, `deels`, `nee`, `gepland`],
  },
  Wc = [
    {
      id: `hobby-risico`,
      severity: `warning`,
      when: {
        all: [
          { item: `ver.dilemma-boegbeeld`, side: `now`, atMost: -2 },
          {
            any: [
              { item: `ver.college-raad`, scoreBelow: 0.5 },
              { module: `ver`, scoreBelow: 0.5 },
            ],
          },
        ],
      },
      sources: [
        `wijkengids-borgen.aandachtspunten.1`,
        `wijkengids-borgen.borgen.1`,
        `cop-wijkaanpak.verankeren.1`,
        `wijkengids-bestuurders.leiderschap.10`,
        `cop-wijkaanpak.inzichten.6`,
        `cop-wijkaanpak.dilemmas.6`,
      ],
    },
    {
      id: `programma-als-eiland`,
      severity: `warning`,
      when: {
        all: [
          { item: `org.dilemma-programma`, side: `now`, atMost: -2 },
          {
            any: [
              { item: `org.gebiedsgericht-norm`, scoreBelow: 0.5 },
              { module: `ver`, scoreBelow: 0.5 },
            ],
          },
        ],
      },
      sources: [
        `cop-wijkaanpak.dilemmas.1`,
        `wijkengids-borgen.borgen.5`,
        `cop-wijkaanpak.verankeren.5`,
        `wijkengids-bestuurders.kader-beleid.1`,
        `netwerkpartner.bouwstenen.2`,
      ],
    },
    {
      id: `vergadercircuit`,
      severity: `warning`,
      when: {
        all: [
          {
            any: [
              { item: `stu.dilemma-regie`, side: `now`, atLeast: 3 },
              { item: `stu.dilemma-regie`, side: `desired`, atLeast: 3 },
            ],
          },
          {
            any: [
              { item: `org.snel-handelen`, scoreBelow: 0.5 },
              { item: `org.hulpstructuren`, scoreBelow: 0.5 },
              { item: `stu.doorpakken`, scoreBelow: 0.5 },
              { item: `stu.verantwoorden-achteraf`, scoreBelow: 0.5 },
            ],
          },
        ],
      },
      sources: [
        `cop-wijkaanpak.dilemmas.5`,
        `cop-wijkaanpak.systeemwereld.1`,
        `cop-wijkaanpak.systeemwereld.3`,
        `cop-wijkaanpak.systeemwereld.4`,
        `cop-wijkaanpak.inzichten.7`,
        `wijkengids-borgen.borgen.3`,
        `cop-wijkaanpak.verankeren.3`,
      ],
    },
    {
      id: `projectencarrousel`,
      severity: `warning`,
      when: {
        all: [
          {
            any: [
              { item: `stu.dilemma-projecten`, side: `now`, atLeast: 2 },
              { item: `stu.dilemma-projecten`, side: `desired`, atLeast: 2 },
            ],
          },
          {
            any: [
              { item: `ler.lange-adem`, scoreBelow: 0.5 },
              { item: `ler.pact`, answerIn: [`nee`] },
              { item: `net.samenhang`, scoreBelow: 0.5 },
              { item: `stu.projecten-stoppen`, scoreBelow: 0.5 },
            ],
          },
        ],
      },
      sources: [
        `cop-wijkaanpak.dilemmas.7`,
        `wijkengids-bestuurders.leiderschap.5`,
        `cop-wijkaanpak.overplanten.9`,
        `cop-wijkaanpak.continuiteit.4`,
        `cop-wijkaanpak.continuiteit.5`,
        `zaanstad.tips.5`,
      ],
    },
    {
      id: `ruimte-zonder-verantwoording`,
      severity: `info`,
      when: {
        all: [
          { item: `bew.ruimte-zonder-zekerheid`, scoreAtLeast: 0.75 },
          { module: `mon`, scoreBelow: 0.5 },
        ],
      },
      sources: [
        `netwerkpartner.bouwstenen.3`,
        `netwerkpartner.dilemmas.1`,
        `netwerkpartner.dilemmas.2`,
        `cop-wijkaanpak.inzichten.10`,
      ],
    },
    {
      id: `kopieren-om-goede-pers`,
      severity: `warning`,
      when: {
        all: [
          { item: `ler.leren-van-anderen`, scoreAtLeast: 0.75 },
          { item: `ler.bewijs`, scoreBelow: 0.5 },
        ],
      },
      sources: [
        `cop-wijkaanpak.overplanten.1`,
        `cop-wijkaanpak.overplanten.7`,
        `cop-wijkaanpak.overplanten.10`,
        `zaanstad.tips.4`,
        `wijkengids-bestuurders.leiderschap.6`,
      ],
    },
    {
      id: `blinde-vlek-kracht`,
      severity: `warning`,
      when: {
        any: [
          { item: `bew.kracht`, scoreBelow: 0.5 },
          { item: `inf.kracht`, scoreBelow: 0.5 },
        ],
      },
      sources: [
        `cop-wijkaanpak.inzichten.2`,
        `wijkengids-bestuurders.informatiepositie.1`,
        `wijkengids-bestuurders.randvoorwaarde-informatie.1`,
        `netwerkpartner.bouwstenen.1`,
      ],
    },
    {
      id: `informatiepositie-zwak`,
      severity: `warning`,
      when: {
        any: [
          { module: `inf`, unknownShareAtLeast: 0.3 },
          { module: `mon`, unknownShareAtLeast: 0.3 },
        ],
      },
      sources: [
        `wijkengids-bestuurders.informatiepositie.4`,
        `wijkengids-borgen.aandachtspunten.4`,
        `wijkengids-bestuurders.randvoorwaarde-informatie.3`,
        `cop-wijkaanpak.monitoring.1`,
      ],
    },
    {
      id: `geen-nulmeting`,
      severity: `warning`,
      when: {
        all: [
          { item: `inf.nulmeting`, answerIn: [`nee`, `gepland`] },
          {
            any: [
              { item: `mon.opbrengst-tonen`, scoreBelow: 0.5 },
              { item: `mon.tussentijds`, scoreBelow: 0.5 },
              { item: `mon.succescriteria`, answerIn: [`nee`, `gepland`] },
              { module: `mon`, scoreBelow: 0.5 },
            ],
          },
        ],
      },
      sources: [
        `wijkengids-borgen.aandachtspunten.2`,
        `wijkengids-borgen.aandachtspunten.3`,
        `wijkengids-borgen.borgen.11`,
        `wijkengids-bestuurders.beleid-visie-programma.6`,
        `cop-wijkaanpak.monitoring.12`,
      ],
    },
    {
      id: `corporaties-als-pinautomaat`,
      severity: `warning`,
      when: {
        all: [
          { item: `cof.gelijkwaardig`, scoreBelow: 0.5 },
          {
            any: [
              { item: `cof.gedeelde-belangen`, scoreBelow: 0.5 },
              { item: `cof.partnerschap`, scoreBelow: 0.5 },
              { item: `cof.kennis-corporaties`, scoreBelow: 0.5 },
            ],
          },
        ],
      },
      sources: [
        `cop-wijkaanpak.corporaties.2`,
        `cop-wijkaanpak.corporaties.5`,
        `cop-wijkaanpak.corporaties.6`,
        `cop-wijkaanpak.inzichten.4`,
      ],
    },
    {
      id: `alles-integraal`,
      severity: `info`,
      when: {
        all: [
          {
            any: [
              { item: `org.dilemma-integraal`, side: `now`, atMost: -2 },
              { item: `org.dilemma-integraal`, side: `desired`, atMost: -2 },
            ],
          },
          { item: `org.integraal-selectief`, scoreBelow: 0.5 },
        ],
      },
      sources: [
        `wijkengids-borgen.borgen.2`,
        `cop-wijkaanpak.verankeren.2`,
        `wijkengids-bestuurders.kader-beleid.3`,
        `wijkengids-bestuurders.beleid-visie-programma.8`,
      ],
    },
    {
      id: `nieuw-naast-bestaand`,
      severity: `warning`,
      when: {
        all: [
          { item: `net.dilemma-nieuw-bestaand`, side: `now`, atMost: -2 },
          {
            any: [
              { item: `net.werken-met-wat-er-is`, scoreBelow: 0.5 },
              { item: `org.hulpstructuren`, scoreBelow: 0.5 },
            ],
          },
        ],
      },
      sources: [
        `cop-wijkaanpak.dilemmas.4`,
        `netwerkpartner.bouwstenen.1`,
        `cop-wijkaanpak.overplanten.2`,
        `wijkengids-borgen.borgen.3`,
        `cop-wijkaanpak.verankeren.3`,
      ],
    },
  ],
  Gc = {
    bestuurder: {
      moduleOrder: [`ver`, `stu`, `org`, `cof`, `net`, `bew`, `inf`, `mon`, `ler`],
      quick:
        `ver.anker,ver.college-raad,ver.ambtelijke-top,ver.bondgenoten,ver.dilemma-boegbeeld,stu.anker-actie,stu.anker-schaal,stu.focus,stu.outcome,stu.doorpakken,stu.dilemma-regie,stu.dilemma-projecten,org.gebiedsgericht-norm,org.integraal-selectief,org.kanteling,org.hulpstructuren,org.dilemma-programma,org.dilemma-structuur-cultuur,org.dilemma-bureaucratie,cof.partnerschap,cof.verdienmodel,cof.gelijkwaardig,cof.ondernemers,cof.mkba,net.bescheiden,net.samenspeler,net.werken-met-wat-er-is,net.dilemma-nieuw-bestaand,bew.leefwereld,bew.kracht,bew.ruimte-zonder-zekerheid,inf.kracht,inf.schaal,inf.kantelpunten,mon.anker,mon.eerlijk,mon.opbrengst-tonen,mon.dialoog,ler.anker,ler.leren-van-anderen,ler.bewijs,ler.lange-adem`.split(
          `,`,
        ),
    },
    projectleider: {
      moduleOrder: [`inf`, `mon`, `org`, `stu`, `ver`, `bew`, `net`, `cof`, `ler`],
      quick:
        `inf.kracht,inf.schaal,inf.samen-duiden,inf.kantelpunten,inf.nulmeting,mon.anker,mon.eerlijk,mon.opbrengst-tonen,mon.dialoog,mon.tussentijds,org.integraal-selectief,org.kanteling,org.hulpstructuren,org.snel-handelen,org.dilemma-programma,org.dilemma-structuur-cultuur,org.dilemma-bureaucratie,stu.anker-actie,stu.anker-schaal,stu.dilemma-regie,stu.dilemma-projecten,ver.anker,ver.college-raad,ver.bondgenoten,ver.dilemma-boegbeeld,bew.leefwereld,bew.kracht,bew.wakker-liggen,bew.ruimte-zonder-zekerheid,bew.terugkoppeling,net.bescheiden,net.samenspeler,net.werken-met-wat-er-is,net.dilemma-nieuw-bestaand,cof.partnerschap,cof.gelijkwaardig,cof.ondernemers,ler.anker,ler.leren-van-anderen,ler.bewijs,ler.lange-adem`.split(
          `,`,
        ),
    },
    trainer: {
      moduleOrder: [`bew`, `net`, `org`, `ler`, `stu`, `ver`, `mon`, `inf`, `cof`],
      quick:
        `bew.leefwereld,bew.kracht,bew.wakker-liggen,bew.ruimte-zonder-zekerheid,bew.open-kwaliteit,net.bescheiden,net.samenspeler,net.werken-met-wat-er-is,net.dilemma-nieuw-bestaand,org.gebiedsgericht-norm,org.integraal-selectief,org.kanteling,org.dilemma-programma,org.dilemma-structuur-cultuur,org.dilemma-bureaucratie,org.open-systeemwereld,ler.anker,ler.leren-van-anderen,ler.bewijs,ler.lange-adem,ler.open-mensen,stu.anker-actie,stu.verantwoorden-achteraf,stu.dilemma-regie,stu.dilemma-projecten,ver.college-raad,ver.dilemma-boegbeeld,mon.eerlijk,mon.dialoog`.split(
          `,`,
        ),
    },
  },
  Kc = [
    {
      key: `zaanstad`,
      file: `000_86809c4d7cc39741.txt`,
      title: { nl: `Tips van de gemeente Zaanstad`, en: `Tips from the municipality of Zaanstad` },
      origin: {
        nl: `Gemeente Zaanstad; tips uit een lokale aanpak met schoolbesturen en jeugdgezondheidszorg, met een 20-jarig pact voor de wijken Peldersveld en Poelenburg.`,
        en: `Municipality of Zaanstad; tips from a local approach with school boards and youth health care, including a 20-year pact for the Peldersveld and Poelenburg neighbourhoods.`,
      },
      sections: { tips: { nl: `Tips 1 tot en met 7`, en: `Tips 1 to 7` } },
    },
    {
      key: `wijkengids-borgen`,
      file: `001_6d9af0a08d277d26.txt`,
      title: {
        nl: `Wijkengids 2 – 6.9.3 Borgen op bestuurlijk niveau`,
        en: `Wijkengids 2 (Neighbourhood Guide 2) – 6.9.3 Embedding at administrative level`,
      },
      origin: { nl: `Wijkengids 2, hoofdstuk 6.`, en: `Wijkengids 2, chapter 6.` },
      sections: {
        aandachtspunten: {
          nl: `Aandachtspunten op bestuurlijk niveau`,
          en: `Points of attention at administrative level`,
        },
        borgen: {
          nl: `Borgen op bestuurlijk niveau (lessen)`,
          en: `Embedding at administrative level (lessons)`,
        },
      },
    },
    {
      key: `netwerkpartner`,
      file: `002_7ac59fcb7d58efdb.txt`,
      title: {
        nl: `5 bouwstenen voor de gemeente als netwerkpartner`,
        en: `Five building blocks for the municipality as network partner`,
      },
      origin: {
        nl: `Birgit Oelkers, Marije van den Berg en Marenthe de Bruijne (Effectieve Overheidsparticipatie), geschreven bij een workshop op De Dag van de Gemeente.`,
        en: `Birgit Oelkers, Marije van den Berg and Marenthe de Bruijne (Effectieve Overheidsparticipatie), written for a workshop at De Dag van de Gemeente.`,
      },
      sections: {
        intro: { nl: `Inleiding`, en: `Introduction` },
        bouwstenen: { nl: `De vijf bouwstenen`, en: `The five building blocks` },
        dilemmas: { nl: `Dilemma’s bij de bouwstenen`, en: `Dilemmas of the building blocks` },
      },
    },
    {
      key: `wijkengids-bestuurders`,
      file: `003_bce0ef3691f9564d.txt`,
      title: {
        nl: `Wijkengids 2 – 4.7 Wat bestuurders elkaar aanraden`,
        en: `Wijkengids 2 (Neighbourhood Guide 2) – 4.7 What administrators advise each other`,
      },
      origin: { nl: `Wijkengids 2, hoofdstuk 4.`, en: `Wijkengids 2, chapter 4.` },
      sections: {
        'kader-beleid': {
          nl: `Samenvatting: beleid, visie en programma`,
          en: `Summary: policy, vision and programme`,
        },
        'randvoorwaarde-communicatie': {
          nl: `Samenvatting: randvoorwaarde communicatie`,
          en: `Summary: precondition communication`,
        },
        'randvoorwaarde-informatie': {
          nl: `Samenvatting: randvoorwaarde informatiepositie`,
          en: `Summary: precondition information position`,
        },
        intro: { nl: `Inleiding`, en: `Introduction` },
        'beleid-visie-programma': { nl: `Beleid, visie en programma`, en: `Policy, vision and programme` },
        informatiepositie: { nl: `Informatiepositie`, en: `Information position` },
        leiderschap: { nl: `Leiderschap`, en: `Leadership` },
      },
    },
    {
      key: `cop-wijkaanpak`,
      file: `004_ff0ae4cf3c6f4a47.txt`,
      title: {
        nl: `Samen inspireren, leren en sturen – lessen uit de Community of Practice Wijkaanpak`,
        en: `Inspiring, learning and steering together – lessons from the Community of Practice on the neighbourhood approach`,
      },
      origin: {
        nl: `Samenvatting van de publicatie van de Community of Practice Wijkaanpak, met ervaringen uit steden in het hele land (2016).`,
        en: `Summary of the publication by the Community of Practice on the neighbourhood approach, with experience from cities across the country (2016).`,
      },
      sections: {
        zelfsturing: {
          nl: `Lessen over zelfsturing, sociale samenhang en zelfredzaamheid`,
          en: `Lessons on self-steering, social cohesion and self-reliance`,
        },
        systeemwereld: {
          nl: `Niet vastlopen in de systeemwereld`,
          en: `Not getting stuck in the system world`,
        },
        dilemmas: {
          nl: `Dilemma’s bij het verankeren van de wijkaanpak`,
          en: `Dilemmas in embedding the neighbourhood approach`,
        },
        verankeren: {
          nl: `Lessen over verankering in bestuur en organisatie`,
          en: `Lessons on embedding in government and organisation`,
        },
        corporaties: {
          nl: `Lessen over samenwerken met woningcorporaties`,
          en: `Lessons on working with housing associations`,
        },
        continuiteit: { nl: `Lessen over continuïteit`, en: `Lessons on continuity` },
        overplanten: {
          nl: `Lessen over het overplanten van goede voorbeelden`,
          en: `Lessons on transplanting good practice`,
        },
        monitoring: {
          nl: `Praktische tips over monitoring en verantwoording`,
          en: `Practical tips on monitoring and accountability`,
        },
        inzichten: {
          nl: `Tien inzichten over sturing van de wijkaanpak`,
          en: `Ten insights on steering the neighbourhood approach`,
        },
      },
    },
  ],
  qc = {
    source: `../shared/seed-inventory.json (ids, source file, section key, kind only)`,
    ids: [
      { id: `zaanstad.tips.1`, kind: `tip` },
      { id: `zaanstad.tips.2`, kind: `tip` },
      { id: `zaanstad.tips.3`, kind: `tip` },
      { id: `zaanstad.tips.4`, kind: `tip` },
      { id: `zaanstad.tips.5`, kind: `tip` },
      { id: `zaanstad.tips.6`, kind: `tip` },
      { id: `zaanstad.tips.7`, kind: `tip` },
      { id: `wijkengids-borgen.aandachtspunten.1`, kind: `attention-point` },
      { id: `wijkengids-borgen.aandachtspunten.2`, kind: `attention-point` },
      { id: `wijkengids-borgen.aandachtspunten.3`, kind: `attention-point` },
      { id: `wijkengids-borgen.aandachtspunten.4`, kind: `attention-point` },
      { id: `wijkengids-borgen.aandachtspunten.5`, kind: `attention-point` },
      { id: `wijkengids-borgen.borgen.1`, kind: `lesson` },
      { id: `wijkengids-borgen.borgen.2`, kind: `lesson` },
      { id: `wijkengids-borgen.borgen.3`, kind: `lesson` },
      { id: `wijkengids-borgen.borgen.4`, kind: `lesson` },
      { id: `wijkengids-borgen.borgen.5`, kind: `lesson` },
      { id: `wijkengids-borgen.borgen.6`, kind: `lesson` },
      { id: `wijkengids-borgen.borgen.7`, kind: `lesson` },
      { id: `wijkengids-borgen.borgen.8`, kind: `lesson` },
      { id: `wijkengids-borgen.borgen.9`, kind: `lesson` },
      { id: `wijkengids-borgen.borgen.10`, kind: `lesson` },
      { id: `wijkengids-borgen.borgen.11`, kind: `lesson` },
      { id: `wijkengids-borgen.borgen.12`, kind: `lesson` },
      { id: `netwerkpartner.intro.1`, kind: `lesson` },
      { id: `netwerkpartner.intro.2`, kind: `lesson` },
      { id: `netwerkpartner.bouwstenen.1`, kind: `building-block` },
      { id: `netwerkpartner.bouwstenen.2`, kind: `building-block` },
      { id: `netwerkpartner.bouwstenen.3`, kind: `building-block` },
      { id: `netwerkpartner.bouwstenen.4`, kind: `building-block` },
      { id: `netwerkpartner.bouwstenen.5`, kind: `building-block` },
      { id: `netwerkpartner.dilemmas.1`, kind: `question` },
      { id: `netwerkpartner.dilemmas.2`, kind: `question` },
      { id: `netwerkpartner.dilemmas.3`, kind: `question` },
      { id: `netwerkpartner.dilemmas.4`, kind: `question` },
      { id: `netwerkpartner.dilemmas.5`, kind: `lesson` },
      { id: `netwerkpartner.dilemmas.6`, kind: `lesson` },
      { id: `wijkengids-bestuurders.kader-beleid.1`, kind: `tip` },
      { id: `wijkengids-bestuurders.kader-beleid.2`, kind: `tip` },
      { id: `wijkengids-bestuurders.kader-beleid.3`, kind: `tip` },
      { id: `wijkengids-bestuurders.kader-beleid.4`, kind: `tip` },
      { id: `wijkengids-bestuurders.randvoorwaarde-communicatie.1`, kind: `attention-point` },
      { id: `wijkengids-bestuurders.randvoorwaarde-informatie.1`, kind: `attention-point` },
      { id: `wijkengids-bestuurders.randvoorwaarde-informatie.2`, kind: `attention-point` },
      { id: `wijkengids-bestuurders.randvoorwaarde-informatie.3`, kind: `attention-point` },
      { id: `wijkengids-bestuurders.intro.1`, kind: `lesson` },
      { id: `wijkengids-bestuurders.beleid-visie-programma.1`, kind: `tip` },
      { id: `wijkengids-bestuurders.beleid-visie-programma.2`, kind: `tip` },
      { id: `wijkengids-bestuurders.beleid-visie-programma.3`, kind: `tip` },
      { id: `wijkengids-bestuurders.beleid-visie-programma.4`, kind: `tip` },
      { id: `wijkengids-bestuurders.beleid-visie-programma.5`, kind: `tip` },
      { id: `wijkengids-bestuurders.beleid-visie-programma.6`, kind: `tip` },
      { id: `wijkengids-bestuurders.beleid-visie-programma.7`, kind: `tip` },
      { id: `wijkengids-bestuurders.beleid-visie-programma.8`, kind: `tip` },
      { id: `wijkengids-bestuurders.beleid-visie-programma.9`, kind: `tip` },
      { id: `wijkengids-bestuurders.informatiepositie.1`, kind: `tip` },
      { id: `wijkengids-bestuurders.informatiepositie.2`, kind: `tip` },
      { id: `wijkengids-bestuurders.informatiepositie.3`, kind: `tip` },
      { id: `wijkengids-bestuurders.informatiepositie.4`, kind: `tip` },
      { id: `wijkengids-bestuurders.informatiepositie.5`, kind: `tip` },
      { id: `wijkengids-bestuurders.informatiepositie.6`, kind: `tip` },
      { id: `wijkengids-bestuurders.leiderschap.1`, kind: `tip` },
      { id: `wijkengids-bestuurders.leiderschap.2`, kind: `tip` },
      { id: `wijkengids-bestuurders.leiderschap.3`, kind: `tip` },
      { id: `wijkengids-bestuurders.leiderschap.4`, kind: `tip` },
      { id: `wijkengids-bestuurders.leiderschap.5`, kind: `tip` },
      { id: `wijkengids-bestuurders.leiderschap.6`, kind: `tip` },
      { id: `wijkengids-bestuurders.leiderschap.7`, kind: `tip` },
      { id: `wijkengids-bestuurders.leiderschap.8`, kind: `tip` },
      { id: `wijkengids-bestuurders.leiderschap.9`, kind: `tip` },
      { id: `wijkengids-bestuurders.leiderschap.10`, kind: `tip` },
      { id: `cop-wijkaanpak.zelfsturing.1`, kind: `lesson` },
      { id: `cop-wijkaanpak.zelfsturing.2`, kind: `lesson` },
      { id: `cop-wijkaanpak.zelfsturing.3`, kind: `lesson` },
      { id: `cop-wijkaanpak.zelfsturing.4`, kind: `lesson` },
      { id: `cop-wijkaanpak.zelfsturing.5`, kind: `lesson` },
      { id: `cop-wijkaanpak.zelfsturing.6`, kind: `lesson` },
      { id: `cop-wijkaanpak.systeemwereld.1`, kind: `question` },
      { id: `cop-wijkaanpak.systeemwereld.2`, kind: `question` },
      { id: `cop-wijkaanpak.systeemwereld.3`, kind: `lesson` },
      { id: `cop-wijkaanpak.systeemwereld.4`, kind: `lesson` },
      { id: `cop-wijkaanpak.systeemwereld.5`, kind: `lesson` },
      { id: `cop-wijkaanpak.dilemmas.1`, kind: `dilemma-pair` },
      { id: `cop-wijkaanpak.dilemmas.2`, kind: `dilemma-pair` },
      { id: `cop-wijkaanpak.dilemmas.3`, kind: `dilemma-pair` },
      { id: `cop-wijkaanpak.dilemmas.4`, kind: `dilemma-pair` },
      { id: `cop-wijkaanpak.dilemmas.5`, kind: `dilemma-pair` },
      { id: `cop-wijkaanpak.dilemmas.6`, kind: `dilemma-pair` },
      { id: `cop-wijkaanpak.dilemmas.7`, kind: `dilemma-pair` },
      { id: `cop-wijkaanpak.verankeren.1`, kind: `lesson` },
      { id: `cop-wijkaanpak.verankeren.2`, kind: `lesson` },
      { id: `cop-wijkaanpak.verankeren.3`, kind: `lesson` },
      { id: `cop-wijkaanpak.verankeren.4`, kind: `lesson` },
      { id: `cop-wijkaanpak.verankeren.5`, kind: `lesson` },
      { id: `cop-wijkaanpak.verankeren.6`, kind: `lesson` },
      { id: `cop-wijkaanpak.corporaties.1`, kind: `lesson` },
      { id: `cop-wijkaanpak.corporaties.2`, kind: `lesson` },
      { id: `cop-wijkaanpak.corporaties.3`, kind: `lesson` },
      { id: `cop-wijkaanpak.corporaties.4`, kind: `lesson` },
      { id: `cop-wijkaanpak.corporaties.5`, kind: `lesson` },
      { id: `cop-wijkaanpak.corporaties.6`, kind: `lesson` },
      { id: `cop-wijkaanpak.corporaties.7`, kind: `lesson` },
      { id: `cop-wijkaanpak.corporaties.8`, kind: `lesson` },
      { id: `cop-wijkaanpak.corporaties.9`, kind: `lesson` },
      { id: `cop-wijkaanpak.corporaties.10`, kind: `lesson` },
      { id: `cop-wijkaanpak.continuiteit.1`, kind: `lesson` },
      { id: `cop-wijkaanpak.continuiteit.2`, kind: `lesson` },
      { id: `cop-wijkaanpak.continuiteit.3`, kind: `lesson` },
      { id: `cop-wijkaanpak.continuiteit.4`, kind: `lesson` },
      { id: `cop-wijkaanpak.continuiteit.5`, kind: `lesson` },
      { id: `cop-wijkaanpak.continuiteit.6`, kind: `lesson` },
      { id: `cop-wijkaanpak.overplanten.1`, kind: `lesson` },
      { id: `cop-wijkaanpak.overplanten.2`, kind: `lesson` },
      { id: `cop-wijkaanpak.overplanten.3`, kind: `lesson` },
      { id: `cop-wijkaanpak.overplanten.4`, kind: `lesson` },
      { id: `cop-wijkaanpak.overplanten.5`, kind: `lesson` },
      { id: `cop-wijkaanpak.overplanten.6`, kind: `lesson` },
      { id: `cop-wijkaanpak.overplanten.7`, kind: `lesson` },
      { id: `cop-wijkaanpak.overplanten.8`, kind: `lesson` },
      { id: `cop-wijkaanpak.overplanten.9`, kind: `lesson` },
      { id: `cop-wijkaanpak.overplanten.10`, kind: `question` },
      { id: `cop-wijkaanpak.monitoring.1`, kind: `tip` },
      { id: `cop-wijkaanpak.monitoring.2`, kind: `tip` },
      { id: `cop-wijkaanpak.monitoring.3`, kind: `tip` },
      { id: `cop-wijkaanpak.monitoring.4`, kind: `tip` },
      { id: `cop-wijkaanpak.monitoring.5`, kind: `tip` },
      { id: `cop-wijkaanpak.monitoring.6`, kind: `tip` },
      { id: `cop-wijkaanpak.monitoring.7`, kind: `tip` },
      { id: `cop-wijkaanpak.monitoring.8`, kind: `tip` },
      { id: `cop-wijkaanpak.monitoring.9`, kind: `tip` },
      { id: `cop-wijkaanpak.monitoring.10`, kind: `tip` },
      { id: `cop-wijkaanpak.monitoring.11`, kind: `tip` },
      { id: `cop-wijkaanpak.monitoring.12`, kind: `tip` },
      { id: `cop-wijkaanpak.inzichten.1`, kind: `insight` },
      { id: `cop-wijkaanpak.inzichten.2`, kind: `insight` },
      { id: `cop-wijkaanpak.inzichten.3`, kind: `insight` },
      { id: `cop-wijkaanpak.inzichten.4`, kind: `insight` },
      { id: `cop-wijkaanpak.inzichten.5`, kind: `insight` },
      { id: `cop-wijkaanpak.inzichten.6`, kind: `insight` },
      { id: `cop-wijkaanpak.inzichten.7`, kind: `insight` },
      { id: `cop-wijkaanpak.inzichten.8`, kind: `insight` },
      { id: `cop-wijkaanpak.inzichten.9`, kind: `insight` },
      { id: `cop-wijkaanpak.inzichten.10`, kind: `insight` },
    ],
  },
  Jc = Object.assign({
    '../../content/modules/bew.json': t,
    '../../content/modules/cof.json': n,
    '../../content/modules/inf.json': r,
    '../../content/modules/ler.json': i,
    '../../content/modules/mon.json': a,
    '../../content/modules/net.json': o,
    '../../content/modules/org.json': s,
    '../../content/modules/stu.json': c,
    '../../content/modules/ver.json': l,
  }),
  Yc = Object.assign({
    '../../content/texts/nl/bew.json': u,
    '../../content/texts/nl/cof.json': d,
    '../../content/texts/nl/inf.json': f,
    '../../content/texts/nl/ler.json': p,
    '../../content/texts/nl/mon.json': m,
    '../../content/texts/nl/net.json': h,
    '../../content/texts/nl/org.json': g,
    '../../content/texts/nl/rules.json': _,
    '../../content/texts/nl/stu.json': v,
    '../../content/texts/nl/ver.json': y,
  }),
  Xc = Object.assign({
    '../../content/texts/en/bew.json': b,
    '../../content/texts/en/cof.json': ee,
    '../../content/texts/en/inf.json': te,
    '../../content/texts/en/ler.json': x,
    '../../content/texts/en/mon.json': S,
    '../../content/texts/en/net.json': C,
    '../../content/texts/en/org.json': w,
    '../../content/texts/en/rules.json': T,
    '../../content/texts/en/stu.json': E,
    '../../content/texts/en/ver.json': D,
  }),
  Zc = (e) =>
    Object.fromEntries(Object.entries(e).map(([e, t]) => [e.replace(/^.*\/(.+)\.json$/u, `$1`), t])),
  Qc = {
    meta: Uc,
    modules: Zc(Jc),
    texts: { nl: Zc(Yc), en: Zc(Xc) },
    rules: Wc,
    scans: Gc,
    sources: Kc,
    seedIndex: qc,
  },
  $c = new Map();
function el(e) {
  let t = $c.get(e);
  return (t || ((t = Hc(Qc, e)), $c.set(e, t)), t);
}
var tl = {
    app: {
      name: `Zelfscan Wijkaanpak`,
      tagline: `Een eerlijke spiegel voor de wijkaanpak`,
      skipLink: `Direct naar de inhoud`,
      language: `Taal`,
      languageSwitch: `English`,
      languageSwitchLabel: `Switch to English`,
      loading: `Bezig met laden…`,
      mainNav: `Hoofdmenu`,
      navStart: `Start`,
      navScans: `Mijn scans`,
      navAbout: `Over deze scan`,
      navPrivacy: `Privacy`,
    },
    footer: {
      privacy: `Uw antwoorden blijven op dit apparaat. Er gaat niets naar een server, en wij meten niets.`,
      about: `Over deze scan`,
      privacyLink: `Privacy en uw gegevens`,
      edition: `Versie {{version}}`,
    },
    update: {
      ready: `Nieuwe versie beschikbaar`,
      reload: `Herladen`,
      offlineReady: `De app werkt nu ook zonder internet.`,
    },
    start: {
      title: `Zelfscan Wijkaanpak`,
      lead: `Hoe staat de wijkaanpak in uw gemeente ervoor? Met deze zelfscan kijkt u eerlijk naar uw eigen praktijk. U krijgt advies op maat, gebaseerd op wat gemeenten in de praktijk hebben geleerd.`,
      forWhomTitle: `Voor wie is deze scan?`,
      forWhomBestuurder: `Wethouders en andere bestuurders die in 15 tot 30 minuten een persoonlijke spiegel willen.`,
      forWhomProjectleider: `Projectleiders en ambtenaren die een raadsmemo of raadsinformatiebrief voorbereiden.`,
      forWhomTrainer: `Trainers die een workshop geven over de wijkaanpak of de gemeente als netwerkpartner.`,
      howLongTitle: `Hoe lang duurt het?`,
      howLong: `De snelle scan duurt ongeveer {{quick}} minuten. De volledige scan duurt ongeveer {{full}} minuten. U kunt altijd stoppen en later verdergaan.`,
      howLongLoading: `De snelle scan duurt ongeveer een kwartier. U kunt altijd stoppen en later verdergaan.`,
      privacyTitle: `Uw antwoorden blijven bij u`,
      privacy: `Alles wat u invult, blijft op dit apparaat. Alleen als u zelf een bestand opslaat, gaat er iets van dit apparaat af.`,
      begin: `Begin de scan`,
      continue: `Ga verder waar u was`,
      startOver: `Opnieuw beginnen`,
      savedScan: `U hebt een scan die nog niet af is: {{name}}, met {{answered}} antwoorden.`,
      confirmStartOver: `Weet u zeker dat u opnieuw wilt beginnen? Uw vorige scan blijft bewaard onder ‘Mijn scans’.`,
      confirmYes: `Ja, opnieuw beginnen`,
      confirmNo: `Nee, terug`,
    },
    about: {
      title: `Over deze scan`,
      purposeTitle: `Waarvoor is deze scan?`,
      purpose: `De Zelfscan Wijkaanpak helpt gemeenten om eerlijk te kijken naar hun wijkaanpak en naar hun rol als netwerkpartner. De vragen en het advies zijn gebaseerd op lessen die gemeenten en hun partners in de praktijk hebben geleerd.`,
      sourcesTitle: `De vijf brondocumenten`,
      sourcesIntro: `Alle vragen en adviezen zijn in eigen woorden geschreven. Bij elk advies staat uit welk document en welk deel het komt.`,
      adviceTitle: `Hoe komt het advies tot stand?`,
      advice: `Elk antwoord krijgt een score van 0 tot 1. ‘Weet niet’ en ‘niet van toepassing’ tellen niet mee, maar we tellen ze wel: veel ‘weet niet’ is zelf een bevinding. Per thema berekenen we een gewogen gemiddelde. Onder {{attention}} is het een aandachtspunt, vanaf {{strong}} een sterk punt, daartussen in ontwikkeling. De adviezen met de grootste afstand tot ‘sterk’ komen eerst. Punten die u als prioriteit markeert, lessen uit meerdere documenten en vragen die bij uw rol passen, wegen zwaarder.`,
      back: `Terug naar de start`,
    },
    privacy: {
      title: `Privacy en uw gegevens`,
      whatTitle: `Wat bewaren we?`,
      what: `Uw antwoorden, uw rol, de naam van de scan en de gegevens die u zelf invult (zoals gemeente en wijk). Ook uw taalkeuze.`,
      whereTitle: `Waar staat het?`,
      where: `Alleen in de opslag van deze browser op dit apparaat. Er is geen server. Wij gebruiken geen cookies, geen statistieken en geen diensten van anderen.`,
      exportTitle: `Bestanden die u opslaat`,
      export: `Als u uw antwoorden of een rapport opslaat als bestand, bepaalt u zelf waar dat bestand heen gaat. Let op bij gedeelde computers en USB-sticks.`,
      deleteTitle: `Alles wissen`,
      delete: `Met de knop hieronder wist u alles wat deze app op dit apparaat heeft bewaard.`,
      deleteButton: `Alle gegevens wissen`,
      deleteConfirm: `Weet u het zeker? Alle scans op dit apparaat worden gewist. Dit kunt u niet ongedaan maken.`,
      deleteYes: `Ja, alles wissen`,
      deleteNo: `Annuleren`,
      deleted: `Alle gegevens van deze app zijn van dit apparaat gewist.`,
    },
    error: {
      title: `Er ging iets mis`,
      body: `Dit scherm kan niet worden getoond. Uw antwoorden zijn bewaard. Download ze voor de zekerheid, of laad de pagina opnieuw.`,
      download: `Download mijn antwoorden`,
      reload: `Pagina opnieuw laden`,
    },
    roles: {
      bestuurder: {
        name: `Wethouder of bestuurder`,
        line: `U wilt een persoonlijke spiegel en een kort rapport voor uzelf.`,
      },
      projectleider: {
        name: `Projectleider of ambtenaar`,
        line: `U bereidt een raadsmemo of raadsinformatiebrief voor.`,
      },
      trainer: {
        name: `Trainer of begeleider`,
        line: `U geeft een workshop en zoekt stof voor het gesprek.`,
      },
    },
    scan: {
      defaultName: `Mijn zelfscan`,
      saveUnavailable: `Deze browser bewaart niets: uw antwoorden gaan verloren als u de pagina sluit. Sla uw antwoorden op als bestand (bij ‘Klaar’ of ‘Mijn scans’).`,
      saveQuota: `De opslag van deze browser is vol. Uw laatste antwoord is niet bewaard. Sla uw antwoorden op als bestand.`,
      progressModule: `Thema: {{module}}`,
      progressOverall: `Hele scan`,
      progressCount: `{{answered}} van {{total}} beantwoord`,
      timeLeft: `nog ongeveer {{minutes}} min`,
      questionOf: `Vraag {{n}} van {{total}} · {{module}}`,
      why: `Waarom is dit belangrijk?`,
      leftRisk: `Risico bij ‘{{pole}}’:`,
      rightRisk: `Risico bij ‘{{pole}}’:`,
      priority: `Prioriteit voor ons`,
      back: `Vorige`,
      next: `Volgende`,
      skip: `Sla deze vraag over`,
      overview: `Overzicht van alle vragen`,
      toCheck: `Naar de controle`,
      typeHint: {
        likert: `Hoe goed past deze uitspraak bij uw gemeente?`,
        frequency: `Hoe vaak doen jullie dit?`,
        instrument: `Hebben jullie dit?`,
        dilemma: `Geef aan waar u nu staat, en waar u naartoe wilt.`,
        open: `Schrijf in een paar zinnen uw antwoord. Dit is niet verplicht.`,
      },
    },
    answer: {
      likert: {
        1: `Helemaal niet`,
        2: `Grotendeels niet`,
        3: `Deels`,
        4: `Grotendeels wel`,
        5: `Helemaal wel`,
      },
      frequency: { 1: `Nooit`, 2: `Zelden`, 3: `Soms`, 4: `Vaak`, 5: `Altijd` },
      instrument: { ja: `Ja`, deels: `Deels`, nee: `Nee`, gepland: `Gepland` },
      unknown: `Weet niet`,
      na: `Niet van toepassing`,
      dilemma: {
        now: `Waar staan we nu?`,
        desired: `Waar willen we naartoe?`,
        middle: `In het midden`,
        towards: `{{strength}} naar: {{pole}}`,
        strength1: `Iets`,
        strength2: `Duidelijk`,
        strength3: `Helemaal`,
        leftPole: `Linkerkant`,
        rightPole: `Rechterkant`,
        unknown: `Weet ik niet`,
      },
      open: { label: `Uw antwoord`, count: `{{count}} van {{max}} tekens` },
    },
    role: {
      title: `Wie bent u?`,
      intro: `Kies de rol die het best bij u past. De vragen en het rapport passen zich daarop aan.`,
      legend: `Mijn rol`,
      required: `Kies eerst uw rol.`,
      contextTitle: `Voor de voorkant van uw rapport (niet verplicht)`,
      contextIntro: `Deze gegevens blijven op dit apparaat. U kunt ze leeg laten.`,
      gemeente: `Gemeente`,
      wijk: `Wijk of gebied`,
      naam: `Uw naam`,
      scanName: `Naam van deze scan`,
      scanNameHint: `Zo vindt u de scan terug onder ‘Mijn scans’.`,
    },
    scope: {
      title: `Hoe uitgebreid?`,
      intro: `Kies hoeveel vragen u wilt beantwoorden. De vragen zijn gekozen voor uw rol: {{role}}.`,
      legend: `Omvang van de scan`,
      quick: `Snelle scan`,
      full: `Volledige scan`,
      modules: `Zelf thema’s kiezen`,
      modulesLegend: `Welke thema’s?`,
      estimate: `{{count}} vragen, ongeveer {{minutes}} minuten`,
      required: `Kies een omvang. Bij ‘zelf kiezen’: kies minstens één thema.`,
      start: `Begin met de vragen`,
      workshop: `Deze scan hoort bij de workshop ‘{{name}}’ ({{date}}). U beantwoordt de vragen die de trainer koos: {{count}} vragen, ongeveer {{minutes}} minuten.`,
    },
    overview: {
      title: `Overzicht`,
      intro: `U hebt {{answered}} van de {{total}} vragen beantwoord. Kies een vraag om ernaartoe te gaan.`,
      answered: `beantwoord`,
      open: `nog open`,
      skipped: `overgeslagen`,
      backToQuestions: `Terug naar de vragen`,
      changeScope: `Omvang wijzigen`,
    },
    check: {
      title: `Controle`,
      complete: `U hebt alle {{total}} vragen beantwoord.`,
      incomplete: `{{count}} van de {{total}} vragen zijn nog niet beantwoord. Kies een vraag om hem alsnog te beantwoorden.`,
      goOn: `U mag ook zo verdergaan. Het rapport laat zien welke vragen open zijn gebleven.`,
      toReflection: `Verder naar de reflectie`,
    },
    reflection: {
      title: `Reflectie`,
      intro: `Welke thema’s vindt u het belangrijkst om mee verder te gaan? Die krijgen in het rapport voorrang.`,
      themesLegend: `Kies maximaal {{max}} thema’s`,
      chosen: `{{count}} van {{max}} gekozen`,
      notes: `Uw aantekeningen (niet verplicht)`,
      finish: `Afronden`,
    },
    done: {
      title: `Klaar`,
      intro: `Uw antwoorden zijn bewaard op dit apparaat. Bekijk nu uw rapport met advies op maat, of sla uw antwoorden op als bestand om op een ander apparaat verder te gaan.`,
      toReport: `Bekijk mijn rapport`,
      review: `Antwoorden nakijken`,
    },
    transfer: {
      export: `Antwoorden opslaan als bestand`,
      importLabel: `Antwoordenbestand openen`,
      importHint: `Een bestand dat u eerder met deze app hebt opgeslagen (.json).`,
      imported: `Scan ‘{{name}}’ is geopend.`,
      error: {
        tooLarge: `Dit bestand is te groot (meer dan 2 MB). Het is geen antwoordenbestand van deze app.`,
        notJson: `Dit bestand kan niet worden gelezen. Het is geen antwoordenbestand van deze app, of het is beschadigd.`,
        notOurs: `Dit is geen antwoordenbestand van de Zelfscan Wijkaanpak.`,
        newerVersion: `Dit bestand is gemaakt met een nieuwere versie van de app. Werk de app bij en probeer het opnieuw.`,
        noMigration: `Dit bestand heeft een oude vorm die deze versie niet meer kan lezen.`,
        invalid: `Dit bestand klopt niet. Er ontbreken gegevens of er staan verkeerde waarden in:`,
        read: `Het bestand kon niet worden gelezen.`,
      },
    },
    scans: {
      title: `Mijn scans`,
      intro: `Alle scans op dit apparaat. U kunt een scan openen, een andere naam geven, opslaan als bestand of verwijderen.`,
      empty: `Er staan nog geen scans op dit apparaat.`,
      noRole: `nog geen rol`,
      answers: `{{count}} antwoorden`,
      updated: `bijgewerkt {{date}}`,
      open: `Open ‘{{name}}’`,
      delete: `Verwijder ‘{{name}}’`,
      confirmDelete: `Ja, verwijder ‘{{name}}’`,
      deleted: `Scan ‘{{name}}’ is verwijderd.`,
      renameLabel: `Nieuwe naam`,
      rename: `Naam wijzigen`,
      renamed: `De naam is gewijzigd in ‘{{name}}’.`,
      importTitle: `Scan openen uit een bestand`,
      corrupt: `{{count}} opgeslagen scan(s) konden niet worden gelezen. Ze zijn apart gezet en niet gewist.`,
    },
    report: {
      titles: {
        bestuurder: `Persoonlijke reflectie wijkaanpak`,
        projectleider: `Raadsmemo wijkaanpak – concept`,
        trainer: `Gespreksstof voor de begeleider`,
      },
      roles: {
        bestuurder: `Wethouder of bestuurder`,
        projectleider: `Projectleider of ambtenaar`,
        trainer: `Trainer of begeleider`,
      },
      scopes: {
        quick: `Snelle scan`,
        full: `Volledige scan`,
        modules: `Gekozen thema’s`,
        items: `Vaste set (workshop)`,
      },
      cover: {
        role: `Rol`,
        gemeente: `Gemeente`,
        wijk: `Wijk of gebied`,
        naam: `Naam`,
        date: `Datum`,
        scope: `Omvang`,
        answered: `Beantwoord`,
        answeredOf: `{{answered}} van {{total}} vragen`,
      },
      answers: {
        none: `niet beantwoord`,
        likert: [`Helemaal niet`, `Grotendeels niet`, `Deels`, `Grotendeels wel`, `Helemaal wel`],
        frequency: [`Nooit`, `Zelden`, `Soms`, `Vaak`, `Altijd`],
        instrument: { ja: `Ja`, deels: `Deels`, nee: `Nee`, gepland: `Gepland` },
        unknown: `Weet niet`,
        na: `Niet van toepassing`,
      },
      levels: {
        sterk: `Sterk punt`,
        ontwikkeling: `In ontwikkeling`,
        aandacht: `Aandachtspunt`,
        none: `Geen score`,
      },
      profile: {
        radarTitle: `Profiel per thema (0–100%)`,
        theme: `Thema`,
        score: `Score`,
        level: `Niveau`,
        answered: `Antwoorden`,
        answeredOf: `{{scored}} van {{total}} met score, {{unknown}} × weet niet`,
        thresholds: `Onder {{attention}}: aandachtspunt. Vanaf {{strong}}: sterk punt. Daartussen: in ontwikkeling.`,
      },
      strengths: { none: `Er zijn (nog) geen vragen met een sterk antwoord.`, top3: `Drie sterke punten` },
      priorities: {
        yourAnswer: `Uw antwoord: {{answer}}`,
        marked: `door u gemarkeerd als prioriteit`,
        multiSource: `les uit {{count}} documenten`,
        none: `Er zijn geen punten met een duidelijke achterstand gevonden.`,
        top5: `Vijf prioriteiten`,
      },
      dilemma: {
        position: `nu {{now}}, gewenst {{desired}}`,
        left: `Links (−3)`,
        right: `Rechts (+3)`,
        now: `Nu`,
        desired: `Gewenst`,
        leftRisk: `Risico bij ‘{{pole}}’:`,
        rightRisk: `Risico bij ‘{{pole}}’:`,
        gapAdvice: `U wilt twee of meer stappen verschuiven. Advies:`,
        extremeAdvice: `U kiest een uiterste positie. Let op:`,
        question: `Dilemma`,
        signal: `Signaal`,
        signalGap: `koerswijziging`,
        signalExtreme: `uiterste`,
        none: `Er zijn geen dilemma’s beantwoord.`,
        positions: `Posities bij de dilemma’s`,
      },
      flags: {
        warning: `Risico`,
        info: `Reflectiepunt`,
        none: `Geen van de kruiscontroles geeft een signaal.`,
      },
      findings: {
        weakInformation: `Bij ‘{{theme}}’ antwoordde u {{unknown}} keer ‘weet niet’. Dat zegt iets over de informatiepositie: zorg dat u dit wel weet.`,
        rosier: `Bij ‘{{theme}}’ is uw algemene beeld positiever dan uw antwoorden op de losse vragen. Is het zelfbeeld te rooskleurig?`,
        harsher: `Bij ‘{{theme}}’ is uw algemene beeld strenger dan uw antwoorden op de losse vragen. Misschien doet u meer dan u denkt.`,
      },
      open: { none: `U hebt geen open vragen beantwoord.`, notes: `Uw aantekeningen` },
      unanswered: {
        intro: `{{count}} van de {{total}} vragen zijn niet beantwoord. Ze tellen niet mee in de scores.`,
        none: `Alle vragen zijn beantwoord.`,
      },
      actions: {
        proposedNote: `Dit zijn voorstellen op basis van uw prioriteiten. Pas ze aan in de app: wie, wanneer, status.`,
        action: `Actie`,
        owner: `Wie`,
        due: `Wanneer`,
        status: `Status`,
        statuses: { open: `Open`, bezig: `Bezig`, klaar: `Klaar` },
      },
      method: {
        scores: `Elk antwoord krijgt een score van 0 tot 100%. Bij een stelling: helemaal niet = 0%, helemaal wel = 100%, met stappen van 25%. Bij een instrument: ja = 100%, deels = 50%, gepland = 25%, nee = 0%. ‘Weet niet’ en ‘niet van toepassing’ krijgen geen score. De score per thema is het gewogen gemiddelde van de vragen; de openingsstelling van een thema telt niet mee, die vergelijken we met de rest.`,
        levels: `Niveau per thema: onder {{attention}} aandachtspunt, vanaf {{strong}} sterk punt, daartussen in ontwikkeling.`,
        priorities: `Een vraag met een score onder {{gap}} is een verbeterpunt. De volgorde: (1 − score) × gewicht van de vraag, × {{marked}} als u de vraag als prioriteit markeerde, × {{multi}} als de les in meerdere documenten staat, × {{role}} als de vraag bij uw rol past en × {{theme}} als het thema bij uw gekozen thema’s hoort.`,
        unknown: `Als u bij een thema minstens twee keer en in {{share}} of meer van de antwoorden ‘weet niet’ koos, melden we dat als bevinding over de informatiepositie.`,
        dilemmas: `Dilemma’s hebben geen goed of fout. Wilt u twee of meer stappen verschuiven, dan geven we advies over die koerswijziging. Bij een uiterste positie (−3 of +3) noemen we waar u op moet letten.`,
        flags: `Kruiscontroles vergelijken antwoorden met elkaar, bijvoorbeeld: de wethouder als enig boegbeeld terwijl de verankering in college en raad laag scoort (hobby-risico).`,
        version: `Versie van de vragenlijst: {{version}}.`,
      },
      sources: { cited: `Bronnen bij de adviezen in dit rapport:` },
      details: { statement: `Vraag`, answer: `Uw antwoord` },
      memo: {
        author: `Opgesteld door`,
        aanleidingDefault: `Deze notitie beschrijft hoe de wijkaanpak ervoor staat, welke keuzes voorliggen en wat we voorstellen. De basis is een zelfscan op lessen die gemeenten in de praktijk hebben geleerd.`,
        keuzesIntro: `Bij deze keuzes is geen antwoord goed of fout. Per keuze staat waar we nu staan, waar we naartoe willen en wat elke richting riskeert.`,
        besluitpuntenIntro: `Wij stellen voor om:`,
      },
      trainer: {
        discussionIntro: `Deze punten lenen zich voor het gesprek in de groep:`,
        dilemmaPoint: `Het dilemma ‘{{left}}’ tegenover ‘{{right}}’: hier wil men verschuiven of kiest men een uiterste.`,
        unknownPoint: `Bij ‘{{theme}}’ weet men veel niet: wie heeft die informatie wel?`,
        selfImagePoint: `Bij ‘{{theme}}’ is het algemene beeld positiever dan de losse antwoorden.`,
        gapPoint: `Verbeterpunt: ‘{{statement}}’`,
        questionsIntro: `Open vragen om het gesprek mee te openen:`,
      },
      talks: {
        college: `Met het college: bespreek {{topics}}.`,
        raad: `Met de raad: bespreek {{topics}}.`,
        partners: `Met partners in de wijk: bespreek {{topics}}.`,
        and: ` en `,
        collegeNone: `Met het college: deel wat goed gaat en houd de aanpak samen op de agenda.`,
        raadNone: `Met de raad: laat zien wat de aanpak oplevert, ook wat nog niet lukt.`,
        partnersNone: `Met partners in de wijk: vraag wat zij nodig hebben om het goede werk vol te houden.`,
      },
      sections: {
        summary: `Samenvatting`,
        talks: `Gesprekken om te voeren`,
        priorities: `Prioriteiten en advies`,
        flags: `Signalen uit de kruiscontroles`,
        dilemmas: `Dilemma’s`,
        strengths: `Sterke punten om vast te houden en te delen`,
        open: `Uw eigen reflectie`,
        agenda: `Verbeteragenda`,
        unanswered: `Niet beantwoorde vragen`,
        method: `Bijlage: zo kwam dit advies tot stand`,
        sources: `Bijlage: bronnen`,
        aanleiding: `Aanleiding`,
        stand: `Stand van zaken per thema`,
        keuzes: `Keuzes`,
        voorstel: `Voorstel en besluitpunten`,
        risicos: `Risico’s`,
        bijlageOpen: `Bijlage: eigen reflectie`,
        bijlageTheme: `Bijlage`,
        profile: `Profiel`,
        discussion: `Gesprekspunten`,
      },
      doc: {
        contents: `Inhoud`,
        page: `Pagina`,
        pageOf: `Pagina {{page}} van {{pages}}`,
        confidential: `Vertrouwelijk`,
        generated: `Gemaakt met de Zelfscan Wijkaanpak`,
        sourcesLabel: `Bronnen`,
      },
      compare: {
        section: `Vergelijking met de nulmeting`,
        intro: `Deze meting is vergeleken met ‘{{label}}’ van {{date}} ({{source}}).`,
        sources: {
          scan: `een eerdere scan op dit apparaat`,
          file: `een antwoordenbestand`,
          workshop: `de groepsuitslag van een workshop`,
        },
        basis: `Per thema tellen alleen de vragen mee die in beide metingen een antwoord hebben. Zo vergelijken we gelijke vragen met elkaar.`,
        contentChanged: `De vragenlijst is veranderd sinds de nulmeting (versie {{before}}, nu {{now}}). We vergelijken vragen op hun code. Vragen die weg zijn of nieuw zijn, staan apart onderaan en tellen niet mee in het verschil.`,
        radarTitle: `Nulmeting, nu en doel per thema (0–100%)`,
        legend: `Streepjeslijn: nulmeting. Doorgetrokken lijn: nu. Stippellijn: doel.`,
        legendBaseline: `nulmeting`,
        legendTarget: `doel`,
        tableTitle: `Scores per thema: nulmeting, nu en doel`,
        theme: `Thema`,
        baseline: `Nulmeting`,
        now: `Nu`,
        change: `Verandering`,
        target: `Doel`,
        toTarget: `Tot het doel`,
        up: `+{{points}} punten (hoger)`,
        down: `−{{points}} punten (lager)`,
        same: `gelijk`,
        targetBy: `{{level}} uiterlijk {{date}}`,
        targetLeft: `nog {{points}} punten`,
        targetReached: `doel gehaald`,
        summary: `{{better}} vragen scoren hoger, {{worse}} lager en {{same}} gelijk.`,
        improvements: `Grootste verbeteringen`,
        declines: `Grootste achteruitgang`,
        noImprovements: `Geen enkele vraag scoort hoger dan bij de nulmeting.`,
        noDeclines: `Geen enkele vraag scoort lager dan bij de nulmeting.`,
        itemChange: `{{statement}}: {{before}} → {{now}} ({{change}})`,
        dilemmas: `Verschoven posities bij dilemma’s`,
        dilemmaMove: `{{left}} ↔ {{right}}: nu {{nowBefore}} → {{nowAfter}}, gewenst {{desiredBefore}} → {{desiredAfter}}`,
        noDilemmas: `Bij de dilemma’s is geen positie verschoven.`,
        newlyAnswered: `Eerst ‘weet niet’, nu beantwoord`,
        newlyAnsweredItem: `{{statement}}: nu ‘{{answer}}’`,
        removed: `Niet meer in de vragenlijst`,
        removedIntro: `Deze antwoorden uit de nulmeting horen bij vragen die niet meer (of in een andere vorm) in de vragenlijst staan. Ze tellen niet mee.`,
        newItems: `Nieuw in deze meting`,
        newItemsIntro: `Deze vragen hebben nu een antwoord, maar hadden dat in de nulmeting niet. Ze tellen niet mee in het verschil.`,
        onlyBaseline: `Alleen in de nulmeting`,
        onlyBaselineIntro: `Deze vragen hadden in de nulmeting een antwoord, maar nu niet. Ze tellen niet mee in het verschil.`,
        method: `Vergelijking: per thema berekenen we de score van de nulmeting en van nu over dezelfde vragen: de vragen met een antwoord in beide metingen. Het verschil staat in punten op de schaal van 0 tot 100. Vragen vergelijken we op hun code, ook als de vragenlijst intussen is veranderd.`,
      },
    },
    reportScreen: {
      title: `Uw rapport`,
      noScan: `Er is nog geen scan met een gekozen rol op dit apparaat. Begin eerst een scan.`,
      toc: `Inhoud van het rapport`,
      sources: `Bronnen:`,
      downloadTitle: `Rapport opslaan of delen`,
      pdf: `Download als PDF`,
      docx: `Download als Word-bestand`,
      html: `Download als toegankelijke webpagina`,
      markdown: `Kopieer als Markdown`,
      print: `Afdrukken`,
      confidential: `Markeer het rapport als vertrouwelijk`,
      editCover: `Gegevens voor de voorkant en het memo aanpassen`,
      agendaTitle: `Uw verbeteragenda`,
      agendaIntro: `Maak van het advies concrete acties: wat, wie en wanneer. De agenda komt in elk rapport.`,
      adoptProposals: `Neem de {{count}} voorgestelde acties over`,
      actionN: `Actie {{n}}`,
      removeAction: `Verwijder actie {{n}}`,
      addAction: `Eigen actie toevoegen`,
      backToScan: `Terug naar de scan`,
      failed: `Het maken van het bestand is mislukt. Probeer het opnieuw.`,
      done: {
        pdf: `De PDF is gemaakt en staat in uw downloads.`,
        docx: `Het Word-bestand is gemaakt en staat in uw downloads.`,
        html: `De webpagina is gemaakt en staat in uw downloads.`,
        md: `Het rapport staat als Markdown op het klembord.`,
      },
    },
  },
  nl = {
    app: {
      name: `Neighbourhood Approach Self-Scan`,
      tagline: `An honest mirror for the neighbourhood approach`,
      skipLink: `Skip to content`,
      language: `Language`,
      languageSwitch: `Nederlands`,
      languageSwitchLabel: `Wissel naar Nederlands`,
      loading: `Loading…`,
      mainNav: `Main menu`,
      navStart: `Start`,
      navScans: `My scans`,
      navAbout: `About this scan`,
      navPrivacy: `Privacy`,
    },
    footer: {
      privacy: `Your answers stay on this device. Nothing is sent to a server, and we track nothing.`,
      about: `About this scan`,
      privacyLink: `Privacy and your data`,
      edition: `Version {{version}}`,
    },
    update: {
      ready: `New version available`,
      reload: `Reload`,
      offlineReady: `The app now also works without internet.`,
    },
    start: {
      title: `Neighbourhood Approach Self-Scan`,
      lead: `How is the neighbourhood approach in your municipality doing? This self-scan helps you take an honest look at your own practice. You get tailored advice, based on what municipalities have learned in practice.`,
      forWhomTitle: `Who is this scan for?`,
      forWhomBestuurder: `Aldermen and other executives who want a personal mirror in 15 to 30 minutes.`,
      forWhomProjectleider: `Project leaders and civil servants preparing a memo or information letter for the council.`,
      forWhomTrainer: `Trainers running a workshop on the neighbourhood approach or the municipality as network partner.`,
      howLongTitle: `How long does it take?`,
      howLong: `The quick scan takes about {{quick}} minutes. The full scan takes about {{full}} minutes. You can stop at any time and continue later.`,
      howLongLoading: `The quick scan takes about a quarter of an hour. You can stop at any time and continue later.`,
      privacyTitle: `Your answers stay with you`,
      privacy: `Everything you fill in stays on this device. Only when you save a file yourself does anything leave this device.`,
      begin: `Start the scan`,
      continue: `Continue where you left off`,
      startOver: `Start again`,
      savedScan: `You have an unfinished scan: {{name}}, with {{answered}} answers.`,
      confirmStartOver: `Are you sure you want to start again? Your previous scan stays saved under ‘My scans’.`,
      confirmYes: `Yes, start again`,
      confirmNo: `No, go back`,
    },
    about: {
      title: `About this scan`,
      purposeTitle: `What is this scan for?`,
      purpose: `The Neighbourhood Approach Self-Scan helps municipalities take an honest look at their neighbourhood approach and at their role as network partner. The questions and advice build on lessons that municipalities and their partners learned in practice.`,
      sourcesTitle: `The five source documents`,
      sourcesIntro: `All questions and advice are written in our own words. Each piece of advice says which document and which part it comes from.`,
      adviceTitle: `How is the advice derived?`,
      advice: `Each answer gets a score from 0 to 1. ‘Don’t know’ and ‘not applicable’ do not count towards scores, but we do count them: many ‘don’t know’ answers are a finding in themselves. For each theme we compute a weighted average. Below {{attention}} it is a point of attention, from {{strong}} a strength, and in between it is developing. Advice with the largest distance to ‘strong’ comes first. Items you mark as a priority, lessons found in several documents and questions that fit your role weigh more.`,
      back: `Back to the start`,
    },
    privacy: {
      title: `Privacy and your data`,
      whatTitle: `What do we store?`,
      what: `Your answers, your role, the name of the scan and the details you fill in yourself (such as municipality and neighbourhood). Also your language choice.`,
      whereTitle: `Where is it stored?`,
      where: `Only in this browser’s storage on this device. There is no server. We use no cookies, no statistics and no third-party services.`,
      exportTitle: `Files you save`,
      export: `When you save your answers or a report as a file, you decide where that file goes. Take care with shared computers and USB sticks.`,
      deleteTitle: `Delete everything`,
      delete: `The button below deletes everything this app has stored on this device.`,
      deleteButton: `Delete all data`,
      deleteConfirm: `Are you sure? All scans on this device will be deleted. This cannot be undone.`,
      deleteYes: `Yes, delete everything`,
      deleteNo: `Cancel`,
      deleted: `All data of this app has been deleted from this device.`,
    },
    error: {
      title: `Something went wrong`,
      body: `This screen cannot be shown. Your answers are saved. Download them to be safe, or reload the page.`,
      download: `Download my answers`,
      reload: `Reload the page`,
    },
    roles: {
      bestuurder: {
        name: `Alderman or executive`,
        line: `You want a personal mirror and a short report for yourself.`,
      },
      projectleider: {
        name: `Project leader or civil servant`,
        line: `You are preparing a memo or information letter for the council.`,
      },
      trainer: {
        name: `Trainer or facilitator`,
        line: `You run a workshop and want material for the discussion.`,
      },
    },
    scan: {
      defaultName: `My self-scan`,
      saveUnavailable: `This browser stores nothing: your answers will be lost when you close the page. Save your answers as a file (under ‘Done’ or ‘My scans’).`,
      saveQuota: `This browser’s storage is full. Your last answer was not saved. Save your answers as a file.`,
      progressModule: `Theme: {{module}}`,
      progressOverall: `Whole scan`,
      progressCount: `{{answered}} of {{total}} answered`,
      timeLeft: `about {{minutes}} min left`,
      questionOf: `Question {{n}} of {{total}} · {{module}}`,
      why: `Why does this matter?`,
      leftRisk: `Risk of ‘{{pole}}’:`,
      rightRisk: `Risk of ‘{{pole}}’:`,
      priority: `Priority for us`,
      back: `Previous`,
      next: `Next`,
      skip: `Skip this question`,
      overview: `Overview of all questions`,
      toCheck: `To the check`,
      typeHint: {
        likert: `How well does this statement fit your municipality?`,
        frequency: `How often do you do this?`,
        instrument: `Do you have this?`,
        dilemma: `Show where you stand now, and where you want to go.`,
        open: `Write your answer in a few sentences. This is optional.`,
      },
    },
    answer: {
      likert: { 1: `Not at all`, 2: `Mostly not`, 3: `Partly`, 4: `Mostly`, 5: `Completely` },
      frequency: { 1: `Never`, 2: `Rarely`, 3: `Sometimes`, 4: `Often`, 5: `Always` },
      instrument: { ja: `Yes`, deels: `Partly`, nee: `No`, gepland: `Planned` },
      unknown: `Don’t know`,
      na: `Not applicable`,
      dilemma: {
        now: `Where do we stand now?`,
        desired: `Where do we want to go?`,
        middle: `In the middle`,
        towards: `{{strength}} towards: {{pole}}`,
        strength1: `Slightly`,
        strength2: `Clearly`,
        strength3: `Fully`,
        leftPole: `Left side`,
        rightPole: `Right side`,
        unknown: `I don’t know`,
      },
      open: { label: `Your answer`, count: `{{count}} of {{max}} characters` },
    },
    role: {
      title: `Who are you?`,
      intro: `Choose the role that fits you best. The questions and the report adapt to it.`,
      legend: `My role`,
      required: `Please choose your role first.`,
      contextTitle: `For the cover of your report (optional)`,
      contextIntro: `These details stay on this device. You can leave them empty.`,
      gemeente: `Municipality`,
      wijk: `Neighbourhood or area`,
      naam: `Your name`,
      scanName: `Name of this scan`,
      scanNameHint: `This is how you find the scan again under ‘My scans’.`,
    },
    scope: {
      title: `How extensive?`,
      intro: `Choose how many questions you want to answer. The questions are selected for your role: {{role}}.`,
      legend: `Size of the scan`,
      quick: `Quick scan`,
      full: `Full scan`,
      modules: `Choose themes myself`,
      modulesLegend: `Which themes?`,
      estimate: `{{count}} questions, about {{minutes}} minutes`,
      required: `Choose a size. With ‘choose myself’: choose at least one theme.`,
      start: `Start the questions`,
      workshop: `This scan belongs to the workshop ‘{{name}}’ ({{date}}). You answer the questions the trainer chose: {{count}} questions, about {{minutes}} minutes.`,
    },
    overview: {
      title: `Overview`,
      intro: `You have answered {{answered}} of the {{total}} questions. Choose a question to go to it.`,
      answered: `answered`,
      open: `open`,
      skipped: `skipped`,
      backToQuestions: `Back to the questions`,
      changeScope: `Change size`,
    },
    check: {
      title: `Check`,
      complete: `You have answered all {{total}} questions.`,
      incomplete: `{{count}} of the {{total}} questions are not answered yet. Choose a question to answer it after all.`,
      goOn: `You may also go on as it is. The report shows which questions stayed open.`,
      toReflection: `On to the reflection`,
    },
    reflection: {
      title: `Reflection`,
      intro: `Which themes matter most to you to take forward? They get priority in the report.`,
      themesLegend: `Choose at most {{max}} themes`,
      chosen: `{{count}} of {{max}} chosen`,
      notes: `Your notes (optional)`,
      finish: `Finish`,
    },
    done: {
      title: `Done`,
      intro: `Your answers are saved on this device. Now view your report with tailored advice, or save your answers as a file to continue on another device.`,
      toReport: `View my report`,
      review: `Review answers`,
    },
    transfer: {
      export: `Save answers as a file`,
      importLabel: `Open an answers file`,
      importHint: `A file you saved earlier with this app (.json).`,
      imported: `Scan ‘{{name}}’ has been opened.`,
      error: {
        tooLarge: `This file is too large (over 2 MB). It is not an answers file of this app.`,
        notJson: `This file cannot be read. It is not an answers file of this app, or it is damaged.`,
        notOurs: `This is not an answers file of the Neighbourhood Approach Self-Scan.`,
        newerVersion: `This file was made with a newer version of the app. Update the app and try again.`,
        noMigration: `This file has an old format that this version can no longer read.`,
        invalid: `This file is not right. Data is missing or has wrong values:`,
        read: `The file could not be read.`,
      },
    },
    scans: {
      title: `My scans`,
      intro: `All scans on this device. You can open a scan, rename it, save it as a file or delete it.`,
      empty: `There are no scans on this device yet.`,
      noRole: `no role yet`,
      answers: `{{count}} answers`,
      updated: `updated {{date}}`,
      open: `Open ‘{{name}}’`,
      delete: `Delete ‘{{name}}’`,
      confirmDelete: `Yes, delete ‘{{name}}’`,
      deleted: `Scan ‘{{name}}’ has been deleted.`,
      renameLabel: `New name`,
      rename: `Rename`,
      renamed: `The name has been changed to ‘{{name}}’.`,
      importTitle: `Open a scan from a file`,
      corrupt: `{{count}} saved scan(s) could not be read. They have been set aside, not deleted.`,
    },
    report: {
      titles: {
        bestuurder: `Personal reflection on the neighbourhood approach`,
        projectleider: `Council memo on the neighbourhood approach – draft`,
        trainer: `Discussion material for the facilitator`,
      },
      roles: {
        bestuurder: `Alderman or executive`,
        projectleider: `Project leader or civil servant`,
        trainer: `Trainer or facilitator`,
      },
      scopes: {
        quick: `Quick scan`,
        full: `Full scan`,
        modules: `Chosen themes`,
        items: `Fixed set (workshop)`,
      },
      cover: {
        role: `Role`,
        gemeente: `Municipality`,
        wijk: `Neighbourhood or area`,
        naam: `Name`,
        date: `Date`,
        scope: `Size`,
        answered: `Answered`,
        answeredOf: `{{answered}} of {{total}} questions`,
      },
      answers: {
        none: `not answered`,
        likert: [`Not at all`, `Mostly not`, `Partly`, `Mostly`, `Completely`],
        frequency: [`Never`, `Rarely`, `Sometimes`, `Often`, `Always`],
        instrument: { ja: `Yes`, deels: `Partly`, nee: `No`, gepland: `Planned` },
        unknown: `Don’t know`,
        na: `Not applicable`,
      },
      levels: {
        sterk: `Strength`,
        ontwikkeling: `Developing`,
        aandacht: `Point of attention`,
        none: `No score`,
      },
      profile: {
        radarTitle: `Profile per theme (0–100%)`,
        theme: `Theme`,
        score: `Score`,
        level: `Level`,
        answered: `Answers`,
        answeredOf: `{{scored}} of {{total}} scored, {{unknown}} × don’t know`,
        thresholds: `Below {{attention}}: point of attention. From {{strong}}: strength. In between: developing.`,
      },
      strengths: { none: `There are no questions with a strong answer (yet).`, top3: `Three strengths` },
      priorities: {
        yourAnswer: `Your answer: {{answer}}`,
        marked: `marked by you as a priority`,
        multiSource: `lesson from {{count}} documents`,
        none: `No points with a clear gap were found.`,
        top5: `Five priorities`,
      },
      dilemma: {
        position: `now {{now}}, desired {{desired}}`,
        left: `Left (−3)`,
        right: `Right (+3)`,
        now: `Now`,
        desired: `Desired`,
        leftRisk: `Risk of ‘{{pole}}’:`,
        rightRisk: `Risk of ‘{{pole}}’:`,
        gapAdvice: `You want to move two or more steps. Advice:`,
        extremeAdvice: `You choose an extreme position. Watch out:`,
        question: `Dilemma`,
        signal: `Signal`,
        signalGap: `change of course`,
        signalExtreme: `extreme`,
        none: `No dilemmas were answered.`,
        positions: `Positions on the dilemmas`,
      },
      flags: {
        warning: `Risk`,
        info: `Point for reflection`,
        none: `None of the cross-checks raises a signal.`,
      },
      findings: {
        weakInformation: `For ‘{{theme}}’ you answered ‘don’t know’ {{unknown}} times. That says something about the information position: make sure you do know this.`,
        rosier: `For ‘{{theme}}’ your overall view is more positive than your answers to the separate questions. Is the self-image too rosy?`,
        harsher: `For ‘{{theme}}’ your overall view is stricter than your answers to the separate questions. Perhaps you do more than you think.`,
      },
      open: { none: `You did not answer any open questions.`, notes: `Your notes` },
      unanswered: {
        intro: `{{count}} of the {{total}} questions were not answered. They do not count towards the scores.`,
        none: `All questions were answered.`,
      },
      actions: {
        proposedNote: `These are proposals based on your priorities. Adjust them in the app: who, when, status.`,
        action: `Action`,
        owner: `Who`,
        due: `When`,
        status: `Status`,
        statuses: { open: `Open`, bezig: `In progress`, klaar: `Done` },
      },
      method: {
        scores: `Each answer gets a score from 0 to 100%. For a statement: not at all = 0%, completely = 100%, in steps of 25%. For an instrument: yes = 100%, partly = 50%, planned = 25%, no = 0%. ‘Don’t know’ and ‘not applicable’ get no score. The score per theme is the weighted average of its questions; the opening statement of a theme does not count, we compare it with the rest.`,
        levels: `Level per theme: below {{attention}} point of attention, from {{strong}} strength, in between developing.`,
        priorities: `A question scoring below {{gap}} is a point for improvement. The order: (1 − score) × the question’s weight, × {{marked}} if you marked it as a priority, × {{multi}} if the lesson appears in several documents, × {{role}} if the question fits your role and × {{theme}} if the theme is one of your chosen themes.`,
        unknown: `If you chose ‘don’t know’ at least twice and in {{share}} or more of the answers for a theme, we report it as a finding about the information position.`,
        dilemmas: `Dilemmas have no right or wrong. If you want to move two or more steps, we give advice on that change of course. At an extreme position (−3 or +3) we name what to watch.`,
        flags: `Cross-checks compare answers with each other, for example: the alderman as the only figurehead while embedding in the executive and council scores low (hobby risk).`,
        version: `Questionnaire version: {{version}}.`,
      },
      sources: { cited: `Sources of the advice in this report:` },
      details: { statement: `Question`, answer: `Your answer` },
      memo: {
        author: `Prepared by`,
        aanleidingDefault: `This memo describes where the neighbourhood approach stands, which choices lie ahead and what we propose. It is based on a self-scan of lessons that municipalities learned in practice.`,
        keuzesIntro: `No answer to these choices is right or wrong. For each choice we show where we stand now, where we want to go and what each direction risks.`,
        besluitpuntenIntro: `We propose to:`,
      },
      trainer: {
        discussionIntro: `These points lend themselves to the group discussion:`,
        dilemmaPoint: `The dilemma ‘{{left}}’ versus ‘{{right}}’: here people want to move or choose an extreme.`,
        unknownPoint: `For ‘{{theme}}’ much is unknown: who does have that information?`,
        selfImagePoint: `For ‘{{theme}}’ the overall view is more positive than the separate answers.`,
        gapPoint: `Point for improvement: ‘{{statement}}’`,
        questionsIntro: `Open questions to start the conversation:`,
      },
      talks: {
        college: `With the executive board: discuss {{topics}}.`,
        raad: `With the council: discuss {{topics}}.`,
        partners: `With partners in the neighbourhood: discuss {{topics}}.`,
        and: ` and `,
        collegeNone: `With the executive board: share what goes well and keep the approach on the shared agenda.`,
        raadNone: `With the council: show what the approach achieves, including what does not work yet.`,
        partnersNone: `With partners in the neighbourhood: ask what they need to keep up the good work.`,
      },
      sections: {
        summary: `Summary`,
        talks: `Conversations to have`,
        priorities: `Priorities and advice`,
        flags: `Signals from the cross-checks`,
        dilemmas: `Dilemmas`,
        strengths: `Strengths to keep and share`,
        open: `Your own reflection`,
        agenda: `Improvement agenda`,
        unanswered: `Unanswered questions`,
        method: `Appendix: how this advice was derived`,
        sources: `Appendix: sources`,
        aanleiding: `Reason for this memo`,
        stand: `State of affairs per theme`,
        keuzes: `Choices`,
        voorstel: `Proposal and decision points`,
        risicos: `Risks`,
        bijlageOpen: `Appendix: own reflection`,
        bijlageTheme: `Appendix`,
        profile: `Profile`,
        discussion: `Discussion points`,
      },
      doc: {
        contents: `Contents`,
        page: `Page`,
        pageOf: `Page {{page}} of {{pages}}`,
        confidential: `Confidential`,
        generated: `Made with the Neighbourhood Approach Self-Scan`,
        sourcesLabel: `Sources`,
      },
      compare: {
        section: `Comparison with the baseline`,
        intro: `This measurement is compared with ‘{{label}}’ of {{date}} ({{source}}).`,
        sources: {
          scan: `an earlier scan on this device`,
          file: `an answers file`,
          workshop: `the group result of a workshop`,
        },
        basis: `For each theme, only the questions answered in both measurements count. That way like is compared with like.`,
        contentChanged: `The questionnaire has changed since the baseline (version {{before}}, now {{now}}). Questions are compared by their code. Questions that were removed or are new are listed separately at the end and do not count in the change.`,
        radarTitle: `Baseline, now and target per theme (0–100%)`,
        legend: `Dashed line: baseline. Solid line: now. Dotted line: target.`,
        legendBaseline: `baseline`,
        legendTarget: `target`,
        tableTitle: `Scores per theme: baseline, now and target`,
        theme: `Theme`,
        baseline: `Baseline`,
        now: `Now`,
        change: `Change`,
        target: `Target`,
        toTarget: `To the target`,
        up: `+{{points}} points (higher)`,
        down: `−{{points}} points (lower)`,
        same: `no change`,
        targetBy: `{{level}} by {{date}}`,
        targetLeft: `{{points}} points to go`,
        targetReached: `target reached`,
        summary: `{{better}} questions score higher, {{worse}} lower and {{same}} the same.`,
        improvements: `Largest improvements`,
        declines: `Largest declines`,
        noImprovements: `No question scores higher than in the baseline.`,
        noDeclines: `No question scores lower than in the baseline.`,
        itemChange: `{{statement}}: {{before}} → {{now}} ({{change}})`,
        dilemmas: `Dilemma positions that moved`,
        dilemmaMove: `{{left}} ↔ {{right}}: now {{nowBefore}} → {{nowAfter}}, desired {{desiredBefore}} → {{desiredAfter}}`,
        noDilemmas: `No dilemma position has moved.`,
        newlyAnswered: `‘Don’t know’ before, answered now`,
        newlyAnsweredItem: `{{statement}}: now ‘{{answer}}’`,
        removed: `No longer in the questionnaire`,
        removedIntro: `These answers from the baseline belong to questions that are no longer in the questionnaire (or not in this form). They do not count.`,
        newItems: `New in this measurement`,
        newItemsIntro: `These questions have an answer now but had none in the baseline. They do not count in the change.`,
        onlyBaseline: `Only in the baseline`,
        onlyBaselineIntro: `These questions had an answer in the baseline but have none now. They do not count in the change.`,
        method: `Comparison: for each theme we compute the baseline score and the current score over the same questions: those answered in both measurements. The change is in points on the scale from 0 to 100. Questions are compared by their code, also when the questionnaire has changed in the meantime.`,
      },
    },
    reportScreen: {
      title: `Your report`,
      noScan: `There is no scan with a chosen role on this device yet. Start a scan first.`,
      toc: `Contents of the report`,
      sources: `Sources:`,
      downloadTitle: `Save or share the report`,
      pdf: `Download as PDF`,
      docx: `Download as Word file`,
      html: `Download as accessible web page`,
      markdown: `Copy as Markdown`,
      print: `Print`,
      confidential: `Mark the report as confidential`,
      editCover: `Edit details for the cover and the memo`,
      agendaTitle: `Your improvement agenda`,
      agendaIntro: `Turn the advice into concrete actions: what, who and when. The agenda is part of every report.`,
      adoptProposals: `Adopt the {{count}} proposed actions`,
      actionN: `Action {{n}}`,
      removeAction: `Remove action {{n}}`,
      addAction: `Add your own action`,
      backToScan: `Back to the scan`,
      failed: `Making the file failed. Please try again.`,
      done: {
        pdf: `The PDF has been made and is in your downloads.`,
        docx: `The Word file has been made and is in your downloads.`,
        html: `The web page has been made and is in your downloads.`,
        md: `The report is on the clipboard as Markdown.`,
      },
    },
  };
function rl(e) {
  return e === `en` ? nl.report : tl.report;
}
function il(e, t) {
  if (!t) return null;
  if (e.type === `likert` || e.type === `frequency`) {
    if (t.kind !== `scale`) return null;
    let n = (t.value - 1) / 4;
    return e.reverse ? 1 - n : n;
  }
  return e.type === `instrument` && t.kind === `instrument`
    ? { ja: 1, deels: 0.5, gepland: 0.25, nee: 0 }[t.value]
    : null;
}
function al(e, t) {
  return t
    ? e.type === `dilemma`
      ? t.kind === `dilemma`
        ? t.now !== void 0
        : t.kind === `unknown`
      : e.type !== `open` || (t.kind === `text` && t.value.trim().length > 0)
    : !1;
}
var ol = new Set([`likert`, `frequency`, `instrument`]);
function sl(e, t, n) {
  let r = 0,
    i = 0,
    a = 0,
    o = 0,
    s = 0,
    c = 0,
    l = [];
  for (let u of e.items) {
    if ((n && !n.has(u.id)) || !ol.has(u.type)) continue;
    let e = t[u.id],
      d = il(u, e);
    u.anchor
      ? d !== null && l.push(d)
      : ((o += 1),
        e?.kind === `unknown` && (s += 1),
        e?.kind === `na` && (c += 1),
        d !== null && ((r += d * u.weight), (i += u.weight), (a += 1)));
  }
  let u = a + s;
  return {
    moduleId: e.id,
    score: i > 0 ? r / i : null,
    scored: a,
    scorable: o,
    unknown: s,
    notApplicable: c,
    unknownShare: u > 0 ? s / u : 0,
    anchorScore: l.length ? l.reduce((e, t) => e + t, 0) / l.length : null,
  };
}
var cl = { attentionBelow: 0.4, strongFrom: 0.7 };
function ll(e) {
  return e === null
    ? null
    : e < cl.attentionBelow
      ? `aandacht`
      : e >= cl.strongFrom
        ? `sterk`
        : `ontwikkeling`;
}
function ul(e, t, n) {
  if (`all` in e) return e.all.every((e) => ul(e, t, n));
  if (`any` in e) return e.any.some((e) => ul(e, t, n));
  if (`not` in e) return !ul(e.not, t, n);
  if (`item` in e) {
    let r = dl(t, e.item),
      i = n[e.item];
    if (!r || !i) return !1;
    if (`answerIn` in e) {
      let t = i.kind === `scale` ? String(i.value) : i.kind === `instrument` ? i.value : i.kind;
      return e.answerIn.includes(t);
    }
    if (`side` in e) {
      if (i.kind !== `dilemma`) return !1;
      let t = e.side === `now` ? i.now : i.desired;
      return t === void 0 ? !1 : `atMost` in e ? t <= e.atMost : t >= e.atLeast;
    }
    let a = il(r, i);
    return a === null ? !1 : `scoreBelow` in e ? a < e.scoreBelow : a >= e.scoreAtLeast;
  }
  let r = t.modules.find((t) => t.id === e.module);
  if (!r) return !1;
  let i = sl(r, n);
  return `unknownShareAtLeast` in e
    ? i.unknown > 0 && i.unknownShare >= e.unknownShareAtLeast
    : i.score === null
      ? !1
      : `scoreBelow` in e
        ? i.score < e.scoreBelow
        : i.score >= e.scoreAtLeast;
}
function dl(e, t) {
  for (let n of e.modules) {
    let e = n.items.find((e) => e.id === t);
    if (e) return e;
  }
}
var fl = { marked: 1.5, multiSource: 1.25, roleMatch: 1.2, chosenTheme: 1.2 },
  pl = 0.75,
  ml = 0.3;
function hl(e) {
  return [...new Set(e.map((e) => e.split(`.`)[0] ?? e))];
}
function gl(e) {
  let t = new Set(e.asked),
    n = [];
  for (let r of e.content.modules)
    for (let i of r.items) {
      if (!t.has(i.id) || i.anchor) continue;
      let r = e.answers[i.id],
        a = il(i, r);
      if (a === null || !r || a >= 0.75) continue;
      let o = e.priorities.includes(i.id),
        s = hl(i.sources).length >= 2,
        c = i.roles.includes(e.role),
        l = e.themes.includes(i.module),
        u =
          (1 - a) *
          i.weight *
          (o ? fl.marked : 1) *
          (s ? fl.multiSource : 1) *
          (c ? fl.roleMatch : 1) *
          (l ? fl.chosenTheme : 1);
      n.push({
        item: i,
        answer: r,
        score: a,
        priority: u,
        marked: o,
        multiSource: s,
        roleMatch: c,
        chosenTheme: l,
      });
    }
  return n.sort((e, t) => t.priority - e.priority);
}
function _l(e) {
  let t = new Set(e.asked),
    n = [];
  for (let r of e.content.modules)
    for (let i of r.items) {
      if (!t.has(i.id) || i.anchor) continue;
      let r = e.answers[i.id],
        a = il(i, r);
      a === null || !r || a < 0.75 || n.push({ item: i, answer: r, score: a });
    }
  return n.sort(
    (e, t) =>
      t.score - e.score ||
      hl(t.item.sources).length - hl(e.item.sources).length ||
      t.item.weight - e.item.weight,
  );
}
function vl(e, t, n) {
  let r = new Set(n);
  return e.modules
    .filter((e) => e.items.some((e) => r.has(e.id)))
    .map((e) => {
      let n = sl(e, t, r),
        i = n.anchorScore !== null && n.score !== null ? n.anchorScore - n.score : 0;
      return {
        ...n,
        level: ll(n.score),
        weakInformation: n.unknown >= 2 && n.unknownShare >= 0.3,
        selfImage: i >= 0.25 ? `rosier` : i <= -0.25 ? `harsher` : null,
      };
    });
}
function yl(e, t, n) {
  let r = new Set(n);
  return e.modules
    .flatMap((e) => e.items)
    .filter((e) => e.type === `dilemma` && r.has(e.id))
    .map((e) => {
      let n = t[e.id],
        r = n?.kind === `dilemma` && n.now !== void 0 ? n.now : null,
        i = n?.kind === `dilemma` && n.desired !== void 0 ? n.desired : null,
        a = r !== null && i !== null ? i - r : null,
        o = (r !== null && Math.abs(r) === 3) || (i !== null && Math.abs(i) === 3),
        s = [];
      return (
        a !== null && Math.abs(a) >= 2 && s.push(`gap`),
        o && s.push(`extreme`),
        {
          item: e,
          now: r,
          desired: i,
          gap: a,
          extreme: o,
          towardsSources: a === null || a === 0 ? [] : a > 0 ? (e.leansRight ?? []) : (e.leansLeft ?? []),
          triggers: s,
        }
      );
    });
}
function bl(e, t) {
  return e.rules.filter((n) => ul(n.when, e, t));
}
function xl(e, t) {
  let n = e.paths[t].moduleOrder;
  return [...e.modules].sort((e, t) => n.indexOf(e.id) - n.indexOf(t.id));
}
function Sl(e, t, n, r = {}) {
  let i = xl(e, t),
    a;
  if (n.kind === `quick`) {
    let n = e.paths[t].quick,
      r = new Map(e.modules.flatMap((e) => e.items).map((e) => [e.id, e])),
      o = n.map((e) => r.get(e)).filter((e) => e !== void 0),
      s = new Map(i.map((e, t) => [e.id, t]));
    a = o
      .map((e, t) => ({ item: e, idx: t }))
      .sort((e, t) => (s.get(e.item.module) ?? 0) - (s.get(t.item.module) ?? 0) || e.idx - t.idx)
      .map((e) => e.item);
  } else if (n.kind === `items`) {
    let e = new Set(n.items);
    a = i.flatMap((t) => t.items.filter((t) => e.has(t.id)));
  } else {
    let e = n.kind === `modules` ? new Set(n.modules) : null;
    a = i.filter((t) => !e || e.has(t.id)).flatMap((e) => e.items.filter((e) => e.roles.includes(t)));
  }
  return a.filter((t) => !t.showIf || ul(t.showIf, e, r));
}
function Cl(e, t, n, r = []) {
  let i = new Map(),
    a = 0,
    o = 0,
    s = [],
    c = new Set(r);
  return (
    t.forEach((t, r) => {
      let l = i.get(t.module);
      (l ||
        ((l = { moduleId: t.module, answered: 0, total: 0, firstOpenIndex: null, firstIndex: r }),
        i.set(t.module, l)),
        (l.total += 1),
        al(t, n[t.id])
          ? ((l.answered += 1), (a += 1))
          : (s.push(t),
            c.has(t.id) || (o += e.secondsPerType[t.type]),
            l.firstOpenIndex === null && (l.firstOpenIndex = r)));
    }),
    { answered: a, total: t.length, secondsLeft: o, modules: [...i.values()], unanswered: s }
  );
}
var wl = new Set([`likert`, `frequency`, `instrument`]);
function Tl(e, t) {
  switch (e.type) {
    case `likert`:
    case `frequency`:
      return t.kind === `scale` || t.kind === `unknown` || t.kind === `na`;
    case `instrument`:
      return t.kind === `instrument` || t.kind === `unknown` || t.kind === `na`;
    case `dilemma`:
      return t.kind === `dilemma` || t.kind === `unknown`;
    case `open`:
      return t.kind === `text`;
  }
}
function El(e, t) {
  return !t || t.kind === `unknown` || t.kind === `na` ? !1 : wl.has(e.type) ? il(e, t) !== null : al(e, t);
}
var Dl = (e, t) => (e?.kind === `dilemma` && e[t] !== void 0 ? (e[t] ?? null) : null),
  Ol = (e, t) => (e === null || t === null ? null : e - t);
function kl(e, t, n, r) {
  let i = e.modules.flatMap((e) => e.items),
    a = new Map(i.map((e) => [e.id, e])),
    o = r ? new Set(r) : null,
    s = [],
    c = new Map();
  for (let [e, n] of Object.entries(t.answers)) {
    let t = a.get(e);
    t && Tl(t, n) ? c.set(e, n) : s.push(e);
  }
  s.sort();
  let l = new Map();
  for (let [e, t] of Object.entries(n.answers)) {
    let n = a.get(e);
    n && Tl(n, t) && (!o || o.has(e)) && l.set(e, t);
  }
  let u = new Set([...c.keys()].filter((e) => l.has(e))),
    d = n.targets ?? {},
    f = e.modules
      .filter((e) => d[e.id] !== void 0 || e.items.some((e) => u.has(e.id) || l.has(e.id)))
      .map((e) => {
        let t = sl(e, Object.fromEntries(c), u),
          n = sl(e, Object.fromEntries(l), u),
          r = d[e.id],
          i = r ? r.level : null,
          a = e.items.filter((e) => u.has(e.id) && wl.has(e.type) && !e.anchor).length;
        return {
          moduleId: e.id,
          baseline: t.score,
          now: n.score,
          delta: Ol(n.score, t.score),
          target: i,
          targetBy: r?.by ?? ``,
          toTarget: Ol(i, n.score),
          compared: a,
        };
      }),
    p = [],
    m = [],
    h = [];
  for (let e of i) {
    if (!u.has(e.id)) continue;
    let t = c.get(e.id),
      n = l.get(e.id);
    if (wl.has(e.type)) {
      let r = il(e, t),
        i = il(e, n);
      p.push({
        itemId: e.id,
        moduleId: e.module,
        baseline: r,
        now: i,
        delta: Ol(i, r),
        baselineAnswer: t,
        nowAnswer: n,
      });
    }
    if (e.type === `dilemma`) {
      let r = {
        itemId: e.id,
        moduleId: e.module,
        nowBefore: Dl(t, `now`),
        nowAfter: Dl(n, `now`),
        desiredBefore: Dl(t, `desired`),
        desiredAfter: Dl(n, `desired`),
      };
      ((r.nowBefore !== null && r.nowAfter !== null && r.nowBefore !== r.nowAfter) ||
        (r.desiredBefore !== null && r.desiredAfter !== null && r.desiredBefore !== r.desiredAfter)) &&
        m.push(r);
    }
    (t.kind === `unknown` || (t.kind !== `na` && !al(e, t))) &&
      El(e, n) &&
      h.push({ itemId: e.id, moduleId: e.module, answer: n });
  }
  let g = new Map(i.map((e, t) => [e.id, t])),
    _ = (e, t) => (g.get(e.itemId) ?? 0) - (g.get(t.itemId) ?? 0),
    v = p
      .filter((e) => e.delta !== null && e.delta > 0)
      .sort((e, t) => (t.delta ?? 0) - (e.delta ?? 0) || _(e, t)),
    y = p
      .filter((e) => e.delta !== null && e.delta < 0)
      .sort((e, t) => (e.delta ?? 0) - (t.delta ?? 0) || _(e, t));
  return {
    contentChanged: (t.contentVersion !== void 0 && t.contentVersion !== e.contentVersion) || s.length > 0,
    modules: f,
    items: p,
    improvements: v,
    declines: y,
    unchanged: p.filter((e) => e.delta === 0).length,
    dilemmasMoved: m,
    newlyAnswered: h,
    removedItems: s,
    newItems: i.filter((e) => l.has(e.id) && !c.has(e.id)).map((e) => e.id),
    onlyInBaseline: i.filter((e) => c.has(e.id) && !l.has(e.id)).map((e) => e.id),
  };
}
var Al = {};
function jl(e, t) {
  let n = t || Al;
  return Ml(
    e,
    typeof n.includeImageAlt != `boolean` || n.includeImageAlt,
    typeof n.includeHtml != `boolean` || n.includeHtml,
  );
}
function Ml(e, t, n) {
  if (Pl(e)) {
    if (`value` in e) return e.type === `html` && !n ? `` : e.value;
    if (t && `alt` in e && e.alt) return e.alt;
    if (`children` in e) return Nl(e.children, t, n);
  }
  return Array.isArray(e) ? Nl(e, t, n) : ``;
}
function Nl(e, t, n) {
  let r = [],
    i = -1;
  for (; ++i < e.length;) r[i] = Ml(e[i], t, n);
  return r.join(``);
}
function Pl(e) {
  return !!(e && typeof e == `object`);
}
var Fl = document.createElement(`i`);
function Il(e) {
  let t = `&` + e + `;`;
  Fl.innerHTML = t;
  let n = Fl.textContent;
  return n.charCodeAt(n.length - 1) === 59 && e !== `semi` ? !1 : n !== t && n;
}
function Ll(e, t, n, r) {
  let i = e.length,
    a = 0,
    o;
  if (((t = t < 0 ? (-t > i ? 0 : i + t) : t > i ? i : t), (n = n > 0 ? n : 0), r.length < 1e4))
    ((o = Array.from(r)), o.unshift(t, n), e.splice(...o));
  else
    for (n && e.splice(t, n); a < r.length;)
      ((o = r.slice(a, a + 1e4)), o.unshift(t, 0), e.splice(...o), (a += 1e4), (t += 1e4));
}
function q(e, t) {
  return e.length > 0 ? (Ll(e, e.length, 0, t), e) : t;
}
var Rl = {}.hasOwnProperty;
function zl(e) {
  let t = {},
    n = -1;
  for (; ++n < e.length;) Bl(t, e[n]);
  return t;
}
function Bl(e, t) {
  let n;
  for (n in t) {
    let r = (Rl.call(e, n) ? e[n] : void 0) || (e[n] = {}),
      i = t[n],
      a;
    if (i)
      for (a in i) {
        Rl.call(r, a) || (r[a] = []);
        let e = i[a];
        Vl(r[a], Array.isArray(e) ? e : e ? [e] : []);
      }
  }
}
function Vl(e, t) {
  let n = -1,
    r = [];
  for (; ++n < t.length;) (t[n].add === `after` ? e : r).push(t[n]);
  Ll(e, 0, 0, r);
}
function Hl(e, t) {
  let n = Number.parseInt(e, t);
  return n < 9 ||
    n === 11 ||
    (n > 13 && n < 32) ||
    (n > 126 && n < 160) ||
    (n > 55295 && n < 57344) ||
    (n > 64975 && n < 65008) ||
    (n & 65535) == 65535 ||
    (n & 65535) == 65534 ||
    n > 1114111
    ? `�`
    : String.fromCodePoint(n);
}
function Ul(e) {
  return e
    .replace(/[\t\n\r ]+/g, ` `)
    .replace(/^ | $/g, ``)
    .toLowerCase()
    .toUpperCase();
}
var Wl = $l(/[A-Za-z]/),
  Gl = $l(/[\dA-Za-z]/),
  Kl = $l(/[#-'*+\--9=?A-Z^-~]/);
function ql(e) {
  return e !== null && (e < 32 || e === 127);
}
var Jl = $l(/\d/),
  Yl = $l(/[\dA-Fa-f]/),
  Xl = $l(/[!-/:-@[-`{-~]/);
function J(e) {
  return e !== null && e < -2;
}
function Y(e) {
  return e !== null && (e < 0 || e === 32);
}
function X(e) {
  return e === -2 || e === -1 || e === 32;
}
var Zl = $l(/\p{P}|\p{S}/u),
  Ql = $l(/\s/);
function $l(e) {
  return t;
  function t(t) {
    return t !== null && t > -1 && e.test(String.fromCharCode(t));
  }
}
function Z(e, t, n, r) {
  let i = r ? r - 1 : 1 / 0,
    a = 0;
  return o;
  function o(r) {
    return X(r) ? (e.enter(n), s(r)) : t(r);
  }
  function s(r) {
    return X(r) && a++ < i ? (e.consume(r), s) : (e.exit(n), t(r));
  }
}
function eu(e, t, n, r, i, a) {
  let o = 0;
  return s;
  function s(t) {
    return a > 0 && X(t) ? (e.enter(r), c(t)) : l(t);
  }
  function c(t) {
    return X(t) && o < a ? (e.consume(t), o++, c) : (e.exit(r), l(t));
  }
  function l(e) {
    return o >= i ? t(e) : n(e);
  }
}
var tu = { tokenize: nu };
function nu(e) {
  let t = e.attempt(this.parser.constructs.contentInitial, r, i),
    n;
  return t;
  function r(n) {
    if (n === null) e.consume(n);
    else return (e.enter(`lineEnding`), e.consume(n), e.exit(`lineEnding`), Z(e, t, `linePrefix`));
  }
  function i(t) {
    return (e.enter(`paragraph`), a(t));
  }
  function a(t) {
    let r = e.enter(`chunkText`, { contentType: `text`, previous: n });
    return (n && (n.next = r), (n = r), o(t));
  }
  function o(t) {
    if (t === null) (e.exit(`chunkText`), e.exit(`paragraph`), e.consume(t));
    else return J(t) ? (e.consume(t), e.exit(`chunkText`), a) : (e.consume(t), o);
  }
}
var ru = class {
  constructor() {
    ((this.index = new Map()), (this.map = []));
  }
  add(e, t, n) {
    iu(this, e, t, n, !1);
  }
  addBefore(e, t, n) {
    iu(this, e, t, n, !0);
  }
  consume(e) {
    if (
      (this.map.sort(function (e, t) {
        return e[0] - t[0];
      }),
      this.map.length === 0)
    )
      return;
    let t = this.map.length,
      n = [];
    for (; t > 0;)
      (--t, n.push(e.slice(this.map[t][0] + this.map[t][1]), this.map[t][2]), (e.length = this.map[t][0]));
    (n.push(e.slice()), (e.length = 0));
    let r = n.pop();
    for (; r;) {
      for (let t of r) e.push(t);
      r = n.pop();
    }
    ((this.map.length = 0), this.index.clear());
  }
};
function iu(e, t, n, r, i) {
  if (n === 0 && r.length === 0) return;
  let a = e.index.get(t);
  if (a) {
    ((a[1] += n), i ? (r.push(...a[2]), (a[2] = r)) : a[2].push(...r));
    return;
  }
  let o = [t, n, r];
  (e.map.push(o), e.index.set(t, o));
}
var au = { tokenize: su },
  ou = { tokenize: cu };
function su(e) {
  let t = this,
    n = [],
    r = 0,
    i,
    a,
    o;
  return s;
  function s(i) {
    if (r < n.length) {
      let a = n[r];
      return ((t.containerState = a[1]), e.attempt(a[0].continuation, c, l)(i));
    }
    return l(i);
  }
  function c(e) {
    if ((r++, t.containerState._closeFlow)) {
      ((t.containerState._closeFlow = void 0), i && v());
      let n = t.events.length,
        a = n,
        o;
      for (; a--;)
        if (t.events[a][0] === `exit` && t.events[a][1].type === `chunkFlow`) {
          o = t.events[a][1].end;
          break;
        }
      _(r);
      let s = n;
      for (; s < t.events.length;) ((t.events[s][1].end = { ...o }), s++);
      let c = new ru();
      return (c.add(a + 1, 0, t.events.slice(n)), c.add(n, s - n, []), c.consume(t.events), l(e));
    }
    return s(e);
  }
  function l(a) {
    if (r === n.length) {
      if (!i) return f(a);
      if (i.currentConstruct && i.currentConstruct.concrete) return m(a);
      t.interrupt = !(!i.currentConstruct || i._gfmTableDynamicInterruptHack);
    }
    return ((t.containerState = {}), e.check(ou, u, d)(a));
  }
  function u(e) {
    return (i && v(), _(r), f(e));
  }
  function d(e) {
    return ((t.parser.lazy[t.now().line] = r !== n.length), (o = t.now().offset), m(e));
  }
  function f(n) {
    return ((t.containerState = {}), e.attempt(ou, p, m)(n));
  }
  function p(e) {
    return (r++, n.push([t.currentConstruct, t.containerState]), f(e));
  }
  function m(n) {
    if (n === null) (i && v(), _(0), e.consume(n));
    else
      return (
        (i ||= t.parser.flow(t.now())),
        e.enter(`chunkFlow`, { _tokenizer: i, contentType: `flow`, previous: a }),
        h(n)
      );
  }
  function h(n) {
    if (n === null) (g(e.exit(`chunkFlow`), !0), _(0), e.consume(n));
    else
      return J(n)
        ? (e.consume(n), g(e.exit(`chunkFlow`)), (r = 0), (t.interrupt = void 0), s)
        : (e.consume(n), h);
  }
  function g(e, n) {
    let s = t.sliceStream(e);
    if (
      (n && s.push(null),
      (e.previous = a),
      a && (a.next = e),
      (a = e),
      i.defineSkip(e.start),
      i.write(s),
      t.parser.lazy[e.start.line])
    ) {
      let e = i.events.length;
      for (; e--;)
        if (i.events[e][1].start.offset < o && (!i.events[e][1].end || i.events[e][1].end.offset > o)) return;
      let n = t.events.length,
        a = n,
        s,
        c;
      for (; a--;)
        if (t.events[a][0] === `exit` && t.events[a][1].type === `chunkFlow`) {
          if (s) {
            c = t.events[a][1].end;
            break;
          }
          s = !0;
        }
      for (_(r), e = n; e < t.events.length;) ((t.events[e][1].end = { ...c }), e++);
      let l = new ru();
      (l.add(a + 1, 0, t.events.slice(n)), l.add(n, e - n, []), l.consume(t.events));
    }
  }
  function _(r) {
    let i = n.length;
    for (; i-- > r;) {
      let r = n[i];
      ((t.containerState = r[1]), r[0].exit.call(t, e));
    }
    n.length = r;
  }
  function v() {
    (i.write([null]), (a = void 0), (i = void 0), (t.containerState._closeFlow = void 0));
  }
}
function cu(e, t, n) {
  return Z(
    e,
    e.attempt(this.parser.constructs.document, t, n),
    `linePrefix`,
    this.parser.constructs.disable.null.includes(`codeIndented`) ? void 0 : 4,
  );
}
function lu(e) {
  if (e === null || Y(e) || Ql(e)) return 1;
  if (Zl(e)) return 2;
}
function uu(e, t, n) {
  let r = [],
    i = -1;
  for (; ++i < e.length;) {
    let a = e[i].resolveAll;
    a && !r.includes(a) && ((t = a(t, n)), r.push(a));
  }
  return t;
}
var du = { name: `attention`, resolveAll: fu, tokenize: pu };
function fu(e, t) {
  let n = -1,
    r;
  for (; ++n < e.length;)
    if (e[n][0] === `enter` && e[n][1].type === `attentionSequence` && e[n][1]._close) {
      let i = n;
      for (; i--;)
        if (
          e[i][0] === `exit` &&
          e[i][1].type === `attentionSequence` &&
          e[i][1]._open &&
          t.sliceSerialize(e[i][1]).charCodeAt(0) === t.sliceSerialize(e[n][1]).charCodeAt(0)
        ) {
          if (
            (e[i][1]._close || e[n][1]._open) &&
            (e[n][1].end.offset - e[n][1].start.offset) % 3 &&
            !((e[i][1].end.offset - e[i][1].start.offset + e[n][1].end.offset - e[n][1].start.offset) % 3)
          )
            continue;
          let a =
              e[i][1].end.offset - e[i][1].start.offset > 1 && e[n][1].end.offset - e[n][1].start.offset > 1
                ? 2
                : 1,
            o = { ...e[i][1].end },
            s = { ...e[n][1].start };
          (mu(o, -a), mu(s, a));
          let c = { type: a > 1 ? `strongSequence` : `emphasisSequence`, start: o, end: { ...e[i][1].end } },
            l = { type: a > 1 ? `strongSequence` : `emphasisSequence`, start: { ...e[n][1].start }, end: s },
            u = {
              type: a > 1 ? `strongText` : `emphasisText`,
              start: { ...e[i][1].end },
              end: { ...e[n][1].start },
            },
            d = { type: a > 1 ? `strong` : `emphasis`, start: { ...c.start }, end: { ...l.end } };
          ((e[i][1].end = { ...c.start }),
            (e[n][1].start = { ...l.end }),
            (r = []),
            e[i][1].end.offset - e[i][1].start.offset &&
              (r = q(r, [
                [`enter`, e[i][1], t],
                [`exit`, e[i][1], t],
              ])),
            (r = q(r, [
              [`enter`, d, t],
              [`enter`, c, t],
              [`exit`, c, t],
              [`enter`, u, t],
            ])),
            (r = q(r, uu(t.parser.constructs.insideSpan.null, e.slice(i + 1, n), t))),
            (r = q(r, [
              [`exit`, u, t],
              [`enter`, l, t],
              [`exit`, l, t],
              [`exit`, d, t],
            ])));
          let f = 0;
          (e[n][1].end.offset - e[n][1].start.offset &&
            ((f = 2),
            (r = q(r, [
              [`enter`, e[n][1], t],
              [`exit`, e[n][1], t],
            ]))),
            Ll(e, i - 1, n - i + 3, r),
            (n = i + r.length - f - 2));
          break;
        }
    }
  for (n = -1; ++n < e.length;) e[n][1].type === `attentionSequence` && (e[n][1].type = `data`);
  return e;
}
function pu(e, t) {
  let n = this.parser.constructs.attentionMarkers.null,
    r = this.previous,
    i = lu(r),
    a;
  return o;
  function o(t) {
    return ((a = t), e.enter(`attentionSequence`), s(t));
  }
  function s(o) {
    if (o === a) return (e.consume(o), s);
    let c = e.exit(`attentionSequence`),
      l = lu(o),
      u = !l || (l === 2 && i) || (n.includes(o) && o !== 42 && o !== 95),
      d = !i || (i === 2 && l) || (n.includes(r) && r !== 42 && r !== 95);
    return (
      (c._open = !!(a === 42 ? u : u && (i || !d))),
      (c._close = !!(a === 42 ? d : d && (l || !u))),
      t(o)
    );
  }
}
function mu(e, t) {
  ((e.column += t), (e.offset += t), (e._bufferIndex += t));
}
var hu = { name: `autolink`, tokenize: gu };
function gu(e, t, n) {
  let r = 0;
  return i;
  function i(t) {
    return (
      e.enter(`autolink`),
      e.enter(`autolinkMarker`),
      e.consume(t),
      e.exit(`autolinkMarker`),
      e.enter(`autolinkProtocol`),
      a
    );
  }
  function a(t) {
    return Wl(t) ? (e.consume(t), o) : t === 64 ? n(t) : l(t);
  }
  function o(e) {
    return e === 43 || e === 45 || e === 46 || Gl(e) ? ((r = 1), s(e)) : l(e);
  }
  function s(t) {
    return t === 58
      ? (e.consume(t), (r = 0), c)
      : (t === 43 || t === 45 || t === 46 || Gl(t)) && r++ < 32
        ? (e.consume(t), s)
        : ((r = 0), l(t));
  }
  function c(r) {
    return r === 62
      ? (e.exit(`autolinkProtocol`),
        e.enter(`autolinkMarker`),
        e.consume(r),
        e.exit(`autolinkMarker`),
        e.exit(`autolink`),
        t)
      : r === null || r === 32 || r === 60 || ql(r)
        ? n(r)
        : (e.consume(r), c);
  }
  function l(t) {
    return t === 64 ? (e.consume(t), u) : Kl(t) ? (e.consume(t), l) : n(t);
  }
  function u(e) {
    return Gl(e) ? d(e) : n(e);
  }
  function d(n) {
    return n === 46
      ? (e.consume(n), (r = 0), u)
      : n === 62
        ? ((e.exit(`autolinkProtocol`).type = `autolinkEmail`),
          e.enter(`autolinkMarker`),
          e.consume(n),
          e.exit(`autolinkMarker`),
          e.exit(`autolink`),
          t)
        : f(n);
  }
  function f(t) {
    if ((t === 45 || Gl(t)) && r++ < 63) {
      let n = t === 45 ? f : d;
      return (e.consume(t), n);
    }
    return n(t);
  }
}
var _u = { partial: !0, tokenize: vu };
function vu(e, t, n) {
  return r;
  function r(t) {
    return X(t) ? Z(e, i, `linePrefix`)(t) : i(t);
  }
  function i(e) {
    return e === null || J(e) ? t(e) : n(e);
  }
}
var yu = { continuation: { tokenize: xu }, exit: Su, name: `blockQuote`, tokenize: bu };
function bu(e, t, n) {
  let r = this;
  return i;
  function i(t) {
    if (t === 62) {
      let n = r.containerState;
      return (
        (n.open ||= (e.enter(`blockQuote`, { _container: !0 }), !0)),
        e.enter(`blockQuotePrefix`),
        e.enter(`blockQuoteMarker`),
        e.consume(t),
        e.exit(`blockQuoteMarker`),
        a
      );
    }
    return n(t);
  }
  function a(n) {
    return X(n)
      ? (e.enter(`blockQuotePrefixWhitespace`),
        e.consume(n),
        e.exit(`blockQuotePrefixWhitespace`),
        e.exit(`blockQuotePrefix`),
        t)
      : (e.exit(`blockQuotePrefix`), t(n));
  }
}
function xu(e, t, n) {
  let r = this;
  return i;
  function i(t) {
    return X(t)
      ? Z(e, a, `linePrefix`, r.parser.constructs.disable.null.includes(`codeIndented`) ? void 0 : 4)(t)
      : a(t);
  }
  function a(r) {
    return e.attempt(yu, t, n)(r);
  }
}
function Su(e) {
  e.exit(`blockQuote`);
}
var Cu = { name: `characterEscape`, tokenize: wu };
function wu(e, t, n) {
  return r;
  function r(t) {
    return (e.enter(`characterEscape`), e.enter(`escapeMarker`), e.consume(t), e.exit(`escapeMarker`), i);
  }
  function i(r) {
    return Xl(r)
      ? (e.enter(`characterEscapeValue`),
        e.consume(r),
        e.exit(`characterEscapeValue`),
        e.exit(`characterEscape`),
        t)
      : n(r);
  }
}
var Tu = { name: `characterReference`, tokenize: Eu };
function Eu(e, t, n) {
  let r = this,
    i = 0,
    a,
    o;
  return s;
  function s(t) {
    return (
      e.enter(`characterReference`),
      e.enter(`characterReferenceMarker`),
      e.consume(t),
      e.exit(`characterReferenceMarker`),
      c
    );
  }
  function c(t) {
    return t === 35
      ? (e.enter(`characterReferenceMarkerNumeric`),
        e.consume(t),
        e.exit(`characterReferenceMarkerNumeric`),
        l)
      : (e.enter(`characterReferenceValue`), (a = 31), (o = Gl), u(t));
  }
  function l(t) {
    return t === 88 || t === 120
      ? (e.enter(`characterReferenceMarkerHexadecimal`),
        e.consume(t),
        e.exit(`characterReferenceMarkerHexadecimal`),
        e.enter(`characterReferenceValue`),
        (a = 6),
        (o = Yl),
        u)
      : (e.enter(`characterReferenceValue`), (a = 7), (o = Jl), u(t));
  }
  function u(s) {
    if (s === 59 && i) {
      let i = e.exit(`characterReferenceValue`);
      return o === Gl && !Il(r.sliceSerialize(i))
        ? n(s)
        : (e.enter(`characterReferenceMarker`),
          e.consume(s),
          e.exit(`characterReferenceMarker`),
          e.exit(`characterReference`),
          t);
    }
    return o(s) && i++ < a ? (e.consume(s), u) : n(s);
  }
}
var Du = { partial: !0, tokenize: Ou };
function Ou(e, t, n) {
  let r = this;
  return i;
  function i(t) {
    return t === null ? n(t) : (e.enter(`lineEnding`), e.consume(t), e.exit(`lineEnding`), a);
  }
  function a(e) {
    return r.parser.lazy[r.now().line] ? n(e) : t(e);
  }
}
var ku = { concrete: !0, name: `codeFenced`, tokenize: Au };
function Au(e, t, n) {
  let r = this,
    i = { partial: !0, tokenize: ee },
    a = 0,
    o = 0,
    s;
  return c;
  function c(e) {
    return l(e);
  }
  function l(t) {
    let n = r.events[r.events.length - 1];
    return (
      (a = n && n[1].type === `linePrefix` ? n[2].sliceSerialize(n[1], !0).length : 0),
      (s = t),
      e.enter(`codeFenced`),
      e.enter(`codeFencedFence`),
      e.enter(`codeFencedFenceSequence`),
      u(t)
    );
  }
  function u(t) {
    return t === s
      ? (o++, e.consume(t), u)
      : o < 3
        ? n(t)
        : (e.exit(`codeFencedFenceSequence`), X(t) ? Z(e, d, `whitespace`)(t) : d(t));
  }
  function d(n) {
    return n === null || J(n)
      ? (e.exit(`codeFencedFence`), r.interrupt ? t(n) : e.check(Du, h, b)(n))
      : (e.enter(`codeFencedFenceInfo`), e.enter(`chunkString`, { contentType: `string` }), f(n));
  }
  function f(t) {
    return t === null || J(t)
      ? (e.exit(`chunkString`), e.exit(`codeFencedFenceInfo`), d(t))
      : X(t)
        ? (e.exit(`chunkString`), e.exit(`codeFencedFenceInfo`), Z(e, p, `whitespace`)(t))
        : t === 96 && t === s
          ? n(t)
          : (e.consume(t), f);
  }
  function p(t) {
    return t === null || J(t)
      ? d(t)
      : (e.enter(`codeFencedFenceMeta`), e.enter(`chunkString`, { contentType: `string` }), m(t));
  }
  function m(t) {
    return t === null || J(t)
      ? (e.exit(`chunkString`), e.exit(`codeFencedFenceMeta`), d(t))
      : t === 96 && t === s
        ? n(t)
        : (e.consume(t), m);
  }
  function h(t) {
    return e.attempt(i, b, g)(t);
  }
  function g(t) {
    return (e.enter(`lineEnding`), e.consume(t), e.exit(`lineEnding`), _);
  }
  function _(t) {
    return a > 0 && X(t) ? Z(e, v, `linePrefix`, a + 1)(t) : v(t);
  }
  function v(t) {
    return t === null || J(t) ? e.check(Du, h, b)(t) : (e.enter(`codeFlowValue`), y(t));
  }
  function y(t) {
    return t === null || J(t) ? (e.exit(`codeFlowValue`), v(t)) : (e.consume(t), y);
  }
  function b(n) {
    return (e.exit(`codeFenced`), t(n));
  }
  function ee(e, t, n) {
    let i = 0;
    return a;
    function a(t) {
      return (e.enter(`lineEnding`), e.consume(t), e.exit(`lineEnding`), c);
    }
    function c(t) {
      return (
        e.enter(`codeFencedFence`),
        X(t)
          ? Z(e, l, `linePrefix`, r.parser.constructs.disable.null.includes(`codeIndented`) ? void 0 : 4)(t)
          : l(t)
      );
    }
    function l(t) {
      return t === s ? (e.enter(`codeFencedFenceSequence`), u(t)) : n(t);
    }
    function u(t) {
      return t === s
        ? (i++, e.consume(t), u)
        : i >= o
          ? (e.exit(`codeFencedFenceSequence`), X(t) ? Z(e, d, `whitespace`)(t) : d(t))
          : n(t);
    }
    function d(r) {
      return r === null || J(r) ? (e.exit(`codeFencedFence`), t(r)) : n(r);
    }
  }
}
var ju = { name: `codeIndented`, tokenize: Nu },
  Mu = { partial: !0, tokenize: Pu };
function Nu(e, t, n) {
  return r;
  function r(t) {
    return (e.enter(`codeIndented`), eu(e, i, n, `linePrefix`, 4, 4)(t));
  }
  function i(t) {
    return t === null ? o(t) : J(t) ? e.attempt(Mu, i, o)(t) : (e.enter(`codeFlowValue`), a(t));
  }
  function a(t) {
    return t === null || J(t) ? (e.exit(`codeFlowValue`), i(t)) : (e.consume(t), a);
  }
  function o(n) {
    return (e.exit(`codeIndented`), t(n));
  }
}
function Pu(e, t, n) {
  let r = this;
  return i;
  function i(o) {
    return r.parser.lazy[r.now().line]
      ? n(o)
      : J(o)
        ? (e.enter(`lineEnding`), e.consume(o), e.exit(`lineEnding`), i)
        : eu(e, t, a, `linePrefix`, 4, 4)(o);
  }
  function a(e) {
    return J(e) ? i(e) : n(e);
  }
}
var Fu = { name: `codeText`, previous: Lu, resolve: Iu, tokenize: Ru };
function Iu(e) {
  let t = e.length - 4,
    n = 3,
    r,
    i;
  if (
    (e[n][1].type === `lineEnding` || e[n][1].type === `space`) &&
    (e[t][1].type === `lineEnding` || e[t][1].type === `space`)
  ) {
    for (r = n; ++r < t;)
      if (e[r][1].type === `codeTextData`) {
        ((e[n][1].type = `codeTextPadding`), (e[t][1].type = `codeTextPadding`), (n += 2), (t -= 2));
        break;
      }
  }
  for (r = n - 1, t++; ++r <= t;)
    i === void 0
      ? r !== t && e[r][1].type !== `lineEnding` && (i = r)
      : (r === t || e[r][1].type === `lineEnding`) &&
        ((e[i][1].type = `codeTextData`),
        r !== i + 2 &&
          ((e[i][1].end = e[r - 1][1].end), e.splice(i + 2, r - i - 2), (t -= r - i - 2), (r = i + 2)),
        (i = void 0));
  return e;
}
function Lu(e) {
  return e !== 96 || this.events[this.events.length - 1][1].type === `characterEscape`;
}
function Ru(e, t, n) {
  let r = 0,
    i,
    a;
  return o;
  function o(t) {
    return (e.enter(`codeText`), e.enter(`codeTextSequence`), s(t));
  }
  function s(t) {
    return t === 96 ? (e.consume(t), r++, s) : (e.exit(`codeTextSequence`), c(t));
  }
  function c(t) {
    return t === null
      ? n(t)
      : t === 32
        ? (e.enter(`space`), e.consume(t), e.exit(`space`), c)
        : t === 96
          ? ((a = e.enter(`codeTextSequence`)), (i = 0), u(t))
          : J(t)
            ? (e.enter(`lineEnding`), e.consume(t), e.exit(`lineEnding`), c)
            : (e.enter(`codeTextData`), l(t));
  }
  function l(t) {
    return t === null || t === 32 || t === 96 || J(t) ? (e.exit(`codeTextData`), c(t)) : (e.consume(t), l);
  }
  function u(n) {
    return n === 96
      ? (e.consume(n), i++, u)
      : i === r
        ? (e.exit(`codeTextSequence`), e.exit(`codeText`), t(n))
        : ((a.type = `codeTextData`), l(n));
  }
}
var zu = class {
  constructor(e) {
    ((this.left = e ? [...e] : []), (this.right = []));
  }
  get(e) {
    if (e < 0 || e >= this.left.length + this.right.length)
      throw RangeError(
        'Cannot access index `' +
          e +
          '` in a splice buffer of size `' +
          (this.left.length + this.right.length) +
          '`',
      );
    return e < this.left.length ? this.left[e] : this.right[this.right.length - e + this.left.length - 1];
  }
  get length() {
    return this.left.length + this.right.length;
  }
  shift() {
    return (this.setCursor(0), this.right.pop());
  }
  slice(e, t) {
    let n = t ?? 1 / 0;
    return n < this.left.length
      ? this.left.slice(e, n)
      : e > this.left.length
        ? this.right
            .slice(this.right.length - n + this.left.length, this.right.length - e + this.left.length)
            .reverse()
        : this.left.slice(e).concat(this.right.slice(this.right.length - n + this.left.length).reverse());
  }
  splice(e, t, n) {
    let r = t || 0;
    this.setCursor(Math.trunc(e));
    let i = this.right.splice(this.right.length - r, 1 / 0);
    return (n && Bu(this.left, n), i.reverse());
  }
  pop() {
    return (this.setCursor(1 / 0), this.left.pop());
  }
  push(e) {
    (this.setCursor(1 / 0), this.left.push(e));
  }
  pushMany(e) {
    (this.setCursor(1 / 0), Bu(this.left, e));
  }
  unshift(e) {
    (this.setCursor(0), this.right.push(e));
  }
  unshiftMany(e) {
    (this.setCursor(0), Bu(this.right, e.reverse()));
  }
  setCursor(e) {
    if (!(
      e === this.left.length ||
      (e > this.left.length && this.right.length === 0) ||
      (e < 0 && this.left.length === 0)
    )) {
      if (e < this.left.length) {
        let t = this.left.splice(e, 1 / 0);
        Bu(this.right, t.reverse());
      } else {
        let t = this.right.splice(this.left.length + this.right.length - e, 1 / 0);
        Bu(this.left, t.reverse());
      }
    }
  }
};
function Bu(e, t) {
  let n = 0;
  if (t.length < 1e4) e.push(...t);
  else for (; n < t.length;) (e.push(...t.slice(n, n + 1e4)), (n += 1e4));
}
function Vu(e) {
  let t = {},
    n = -1,
    r,
    i,
    a,
    o,
    s,
    c,
    l,
    u = new zu(e);
  for (; ++n < u.length;) {
    for (; n in t;) n = t[n];
    if (
      ((r = u.get(n)),
      n &&
        r[1].type === `chunkFlow` &&
        u.get(n - 1)[1].type === `listItemPrefix` &&
        ((c = r[1]._tokenizer.events),
        (a = 0),
        a < c.length && c[a][1].type === `lineEndingBlank` && (a += 2),
        a < c.length && c[a][1].type === `content`))
    )
      for (; ++a < c.length && c[a][1].type !== `content`;)
        c[a][1].type === `chunkText` && ((c[a][1]._isInFirstContentOfListItem = !0), a++);
    if (r[0] === `enter`) r[1].contentType && (Object.assign(t, Hu(u, n)), (n = t[n]), (l = !0));
    else if (r[1]._container) {
      for (a = n, i = void 0; a--;)
        if (((o = u.get(a)), o[1].type === `lineEnding` || o[1].type === `lineEndingBlank`))
          o[0] === `enter` &&
            (i && (u.get(i)[1].type = `lineEndingBlank`), (o[1].type = `lineEnding`), (i = a));
        else if (o[1].type !== `linePrefix` && o[1].type !== `listItemIndent`) break;
      i &&
        ((r[1].end = { ...u.get(i)[1].start }), (s = u.slice(i, n)), s.unshift(r), u.splice(i, n - i + 1, s));
    }
  }
  return (Ll(e, 0, 1 / 0, u.slice(0)), !l);
}
function Hu(e, t) {
  let n = e.get(t)[1],
    r = e.get(t)[2],
    i = t - 1,
    a = [],
    o = n._tokenizer;
  o ||
    ((o = r.parser[n.contentType](n.start)), n._contentTypeTextTrailing && (o._contentTypeTextTrailing = !0));
  let s = o.events,
    c = [],
    l = {},
    u,
    d,
    f = -1,
    p = n,
    m = 0,
    h = 0,
    g = [h];
  for (; p;) {
    for (; e.get(++i)[1] !== p;);
    (a.push(i),
      p._tokenizer ||
        ((u = r.sliceStream(p)),
        p.next || u.push(null),
        d && o.defineSkip(p.start),
        p._isInFirstContentOfListItem && (o._gfmTasklistFirstContentOfListItem = !0),
        o.write(u),
        p._isInFirstContentOfListItem && (o._gfmTasklistFirstContentOfListItem = void 0)),
      (d = p),
      (p = p.next));
  }
  for (p = n; ++f < s.length;)
    s[f][0] === `exit` &&
      s[f - 1][0] === `enter` &&
      s[f][1].type === s[f - 1][1].type &&
      s[f][1].start.line !== s[f][1].end.line &&
      ((h = f + 1), g.push(h), (p._tokenizer = void 0), (p.previous = void 0), (p = p.next));
  for (o.events = [], p ? ((p._tokenizer = void 0), (p.previous = void 0)) : g.pop(), f = g.length; f--;) {
    let t = s.slice(g[f], g[f + 1]),
      n = a.pop();
    (c.push([n, n + t.length - 1]), e.splice(n, 2, t));
  }
  for (c.reverse(), f = -1; ++f < c.length;) ((l[m + c[f][0]] = m + c[f][1]), (m += c[f][1] - c[f][0] - 1));
  return l;
}
var Uu = { resolve: Gu, tokenize: Ku },
  Wu = { partial: !0, tokenize: qu };
function Gu(e) {
  return (Vu(e), e);
}
function Ku(e, t) {
  let n;
  return r;
  function r(t) {
    return (e.enter(`content`), (n = e.enter(`chunkContent`, { contentType: `content` })), i(t));
  }
  function i(t) {
    return t === null ? a(t) : J(t) ? e.check(Wu, o, a)(t) : (e.consume(t), i);
  }
  function a(n) {
    return (e.exit(`chunkContent`), e.exit(`content`), t(n));
  }
  function o(t) {
    return (
      e.consume(t),
      e.exit(`chunkContent`),
      (n.next = e.enter(`chunkContent`, { contentType: `content`, previous: n })),
      (n = n.next),
      i
    );
  }
}
function qu(e, t, n) {
  let r = this;
  return i;
  function i(t) {
    return (
      e.exit(`chunkContent`),
      e.enter(`lineEnding`),
      e.consume(t),
      e.exit(`lineEnding`),
      Z(e, a, `linePrefix`)
    );
  }
  function a(i) {
    if (i === null || J(i)) return n(i);
    let a = r.events[r.events.length - 1];
    return !r.parser.constructs.disable.null.includes(`codeIndented`) &&
      a &&
      a[1].type === `linePrefix` &&
      a[2].sliceSerialize(a[1], !0).length >= 4
      ? t(i)
      : e.interrupt(r.parser.constructs.flow, n, t)(i);
  }
}
function Ju(e, t, n, r, i, a, o, s, c) {
  let l = c || 1 / 0,
    u = 0;
  return d;
  function d(t) {
    return t === 60
      ? (e.enter(r), e.enter(i), e.enter(a), e.consume(t), e.exit(a), f)
      : t === null || t === 32 || t === 41 || ql(t)
        ? n(t)
        : (e.enter(r), e.enter(o), e.enter(s), e.enter(`chunkString`, { contentType: `string` }), h(t));
  }
  function f(n) {
    return n === 62
      ? (e.enter(a), e.consume(n), e.exit(a), e.exit(i), e.exit(r), t)
      : (e.enter(s), e.enter(`chunkString`, { contentType: `string` }), p(n));
  }
  function p(t) {
    return t === 62
      ? (e.exit(`chunkString`), e.exit(s), f(t))
      : t === null || t === 60 || J(t)
        ? n(t)
        : (e.consume(t), t === 92 ? m : p);
  }
  function m(t) {
    return t === 60 || t === 62 || t === 92 ? (e.consume(t), p) : p(t);
  }
  function h(i) {
    return !u && (i === null || i === 41 || Y(i))
      ? (e.exit(`chunkString`), e.exit(s), e.exit(o), e.exit(r), t(i))
      : u < l && i === 40
        ? (e.consume(i), u++, h)
        : i === 41
          ? (e.consume(i), u--, h)
          : i === null || i === 32 || i === 40 || ql(i)
            ? n(i)
            : (e.consume(i), i === 92 ? g : h);
  }
  function g(t) {
    return t === 40 || t === 41 || t === 92 ? (e.consume(t), h) : h(t);
  }
}
function Yu(e, t, n, r, i, a) {
  let o = this,
    s = 0,
    c;
  return l;
  function l(t) {
    return (e.enter(r), e.enter(i), e.consume(t), e.exit(i), e.enter(a), u);
  }
  function u(l) {
    return s > 999 ||
      l === null ||
      l === 91 ||
      (l === 93 && !c) ||
      (l === 94 && !s && `_hiddenFootnoteSupport` in o.parser.constructs)
      ? n(l)
      : l === 93
        ? (e.exit(a), e.enter(i), e.consume(l), e.exit(i), e.exit(r), t)
        : J(l)
          ? (e.enter(`lineEnding`), e.consume(l), e.exit(`lineEnding`), u)
          : (e.enter(`chunkString`, { contentType: `string` }), d(l));
  }
  function d(t) {
    return t === null || t === 91 || t === 93 || J(t) || s++ > 999
      ? (e.exit(`chunkString`), u(t))
      : (e.consume(t), (c ||= !X(t)), t === 92 ? f : d);
  }
  function f(t) {
    return t === 91 || t === 92 || t === 93 ? (e.consume(t), s++, d) : d(t);
  }
}
function Xu(e, t, n, r, i, a) {
  let o;
  return s;
  function s(t) {
    return t === 34 || t === 39 || t === 40
      ? (e.enter(r), e.enter(i), e.consume(t), e.exit(i), (o = t === 40 ? 41 : t), c)
      : n(t);
  }
  function c(n) {
    return n === o ? (e.enter(i), e.consume(n), e.exit(i), e.exit(r), t) : (e.enter(a), l(n));
  }
  function l(t) {
    return t === o
      ? (e.exit(a), c(o))
      : t === null
        ? n(t)
        : J(t)
          ? (e.enter(`lineEnding`), e.consume(t), e.exit(`lineEnding`), Z(e, l, `linePrefix`))
          : (e.enter(`chunkString`, { contentType: `string` }), u(t));
  }
  function u(t) {
    return t === o || t === null || J(t) ? (e.exit(`chunkString`), l(t)) : (e.consume(t), t === 92 ? d : u);
  }
  function d(t) {
    return t === o || t === 92 ? (e.consume(t), u) : u(t);
  }
}
function Zu(e, t) {
  let n;
  return r;
  function r(i) {
    return J(i)
      ? (e.enter(`lineEnding`), e.consume(i), e.exit(`lineEnding`), (n = !0), r)
      : X(i)
        ? Z(e, r, n ? `linePrefix` : `lineSuffix`)(i)
        : t(i);
  }
}
var Qu = { name: `definition`, tokenize: ed },
  $u = { partial: !0, tokenize: td };
function ed(e, t, n) {
  let r = this,
    i;
  return a;
  function a(t) {
    return (e.enter(`definition`), o(t));
  }
  function o(t) {
    return Yu.call(r, e, s, n, `definitionLabel`, `definitionLabelMarker`, `definitionLabelString`)(t);
  }
  function s(t) {
    return (
      (i = Ul(r.sliceSerialize(r.events[r.events.length - 1][1]).slice(1, -1))),
      t === 58 ? (e.enter(`definitionMarker`), e.consume(t), e.exit(`definitionMarker`), c) : n(t)
    );
  }
  function c(t) {
    return Y(t) ? Zu(e, l)(t) : l(t);
  }
  function l(t) {
    return Ju(
      e,
      u,
      n,
      `definitionDestination`,
      `definitionDestinationLiteral`,
      `definitionDestinationLiteralMarker`,
      `definitionDestinationRaw`,
      `definitionDestinationString`,
    )(t);
  }
  function u(t) {
    return e.attempt($u, d, d)(t);
  }
  function d(t) {
    return X(t) ? Z(e, f, `whitespace`)(t) : f(t);
  }
  function f(a) {
    return a === null || J(a) ? (e.exit(`definition`), r.parser.defined.push(i), t(a)) : n(a);
  }
}
function td(e, t, n) {
  return r;
  function r(t) {
    return Y(t) ? Zu(e, i)(t) : n(t);
  }
  function i(t) {
    return Xu(e, a, n, `definitionTitle`, `definitionTitleMarker`, `definitionTitleString`)(t);
  }
  function a(t) {
    return X(t) ? Z(e, o, `whitespace`)(t) : o(t);
  }
  function o(e) {
    return e === null || J(e) ? t(e) : n(e);
  }
}
var nd = { name: `hardBreakEscape`, tokenize: rd };
function rd(e, t, n) {
  return r;
  function r(t) {
    return (e.enter(`hardBreakEscape`), e.consume(t), i);
  }
  function i(r) {
    return J(r) ? (e.exit(`hardBreakEscape`), t(r)) : n(r);
  }
}
var id = { name: `headingAtx`, resolve: ad, tokenize: od };
function ad(e, t) {
  let n = e.length - 2,
    r = 3;
  if (
    (e[r][1].type === `whitespace` && (r += 2),
    n - 2 > r && e[n][1].type === `whitespace` && (n -= 2),
    e[n][1].type === `atxHeadingSequence` &&
      (r === n - 1 || (n - 4 > r && e[n - 2][1].type === `whitespace`)) &&
      (n -= r + 1 === n ? 2 : 4),
    n > r)
  ) {
    let i = { type: `atxHeadingText`, start: e[r][1].start, end: e[n][1].end },
      a = { type: `chunkText`, start: e[r][1].start, end: e[n][1].end, contentType: `text` };
    Ll(e, r, n - r + 1, [
      [`enter`, i, t],
      [`enter`, a, t],
      [`exit`, a, t],
      [`exit`, i, t],
    ]);
  }
  return e;
}
function od(e, t, n) {
  let r = 0;
  return i;
  function i(t) {
    return (e.enter(`atxHeading`), a(t));
  }
  function a(t) {
    return (e.enter(`atxHeadingSequence`), o(t));
  }
  function o(t) {
    return t === 35 && r++ < 6
      ? (e.consume(t), o)
      : t === null || Y(t)
        ? (e.exit(`atxHeadingSequence`), s(t))
        : n(t);
  }
  function s(n) {
    return n === 35
      ? (e.enter(`atxHeadingSequence`), c(n))
      : n === null || J(n)
        ? (e.exit(`atxHeading`), t(n))
        : X(n)
          ? Z(e, s, `whitespace`)(n)
          : (e.enter(`atxHeadingText`), l(n));
  }
  function c(t) {
    return t === 35 ? (e.consume(t), c) : (e.exit(`atxHeadingSequence`), s(t));
  }
  function l(t) {
    return t === null || t === 35 || Y(t) ? (e.exit(`atxHeadingText`), s(t)) : (e.consume(t), l);
  }
}
var sd =
    `address.article.aside.base.basefont.blockquote.body.caption.center.col.colgroup.dd.details.dialog.dir.div.dl.dt.fieldset.figcaption.figure.footer.form.frame.frameset.h1.h2.h3.h4.h5.h6.head.header.hr.html.iframe.legend.li.link.main.menu.menuitem.nav.noframes.ol.optgroup.option.p.param.search.section.summary.table.tbody.td.tfoot.th.thead.title.tr.track.ul`.split(
      `.`,
    ),
  cd = [`pre`, `script`, `style`, `textarea`],
  ld = { concrete: !0, name: `htmlFlow`, resolveTo: dd, tokenize: fd },
  ud = { partial: !0, tokenize: pd };
function dd(e) {
  let t = e.length;
  for (; t-- && (e[t][0] !== `enter` || e[t][1].type !== `htmlFlow`););
  return (
    t > 1 &&
      e[t - 2][1].type === `linePrefix` &&
      ((e[t][1].start = e[t - 2][1].start), (e[t + 1][1].start = e[t - 2][1].start), e.splice(t - 2, 2)),
    e
  );
}
function fd(e, t, n) {
  let r = this,
    i,
    a,
    o,
    s,
    c;
  return l;
  function l(e) {
    return u(e);
  }
  function u(t) {
    return (e.enter(`htmlFlow`), e.enter(`htmlFlowData`), e.consume(t), d);
  }
  function d(s) {
    return s === 33
      ? (e.consume(s), f)
      : s === 47
        ? (e.consume(s), (a = !0), h)
        : s === 63
          ? (e.consume(s), (i = 3), r.interrupt ? t : k)
          : Wl(s)
            ? (e.consume(s), (o = String.fromCharCode(s)), g)
            : n(s);
  }
  function f(a) {
    return a === 45
      ? (e.consume(a), (i = 2), p)
      : a === 91
        ? (e.consume(a), (i = 5), (s = 0), m)
        : Wl(a)
          ? (e.consume(a), (i = 4), r.interrupt ? t : k)
          : n(a);
  }
  function p(i) {
    return i === 45 ? (e.consume(i), r.interrupt ? t : k) : n(i);
  }
  function m(i) {
    return i === `CDATA[`.charCodeAt(s++) ? (e.consume(i), s === 6 ? (r.interrupt ? t : E) : m) : n(i);
  }
  function h(t) {
    return Wl(t) ? (e.consume(t), (o = String.fromCharCode(t)), g) : n(t);
  }
  function g(s) {
    if (s === null || s === 47 || s === 62 || Y(s)) {
      let c = s === 47,
        l = o.toLowerCase();
      return !c && !a && cd.includes(l)
        ? ((i = 1), r.interrupt ? t(s) : E(s))
        : sd.includes(o.toLowerCase())
          ? ((i = 6), c ? (e.consume(s), _) : r.interrupt ? t(s) : E(s))
          : ((i = 7), r.interrupt && !r.parser.lazy[r.now().line] ? n(s) : a ? v(s) : y(s));
    }
    return s === 45 || Gl(s) ? (e.consume(s), (o += String.fromCharCode(s)), g) : n(s);
  }
  function _(i) {
    return i === 62 ? (e.consume(i), r.interrupt ? t : E) : n(i);
  }
  function v(t) {
    return X(t) ? (e.consume(t), v) : w(t);
  }
  function y(t) {
    return t === 47
      ? (e.consume(t), w)
      : t === 58 || t === 95 || Wl(t)
        ? (e.consume(t), b)
        : X(t)
          ? (e.consume(t), y)
          : w(t);
  }
  function b(t) {
    return t === 45 || t === 46 || t === 58 || t === 95 || Gl(t) ? (e.consume(t), b) : ee(t);
  }
  function ee(t) {
    return t === 61 ? (e.consume(t), te) : X(t) ? (e.consume(t), ee) : y(t);
  }
  function te(t) {
    return t === null || t === 60 || t === 61 || t === 62 || t === 96
      ? n(t)
      : t === 34 || t === 39
        ? (e.consume(t), (c = t), x)
        : X(t)
          ? (e.consume(t), te)
          : S(t);
  }
  function x(t) {
    return t === c ? (e.consume(t), (c = null), C) : t === null || J(t) ? n(t) : (e.consume(t), x);
  }
  function S(t) {
    return t === null ||
      t === 34 ||
      t === 39 ||
      t === 47 ||
      t === 60 ||
      t === 61 ||
      t === 62 ||
      t === 96 ||
      Y(t)
      ? ee(t)
      : (e.consume(t), S);
  }
  function C(e) {
    return e === 47 || e === 62 || X(e) ? y(e) : n(e);
  }
  function w(t) {
    return t === 62 ? (e.consume(t), T) : n(t);
  }
  function T(t) {
    return t === null || J(t) ? E(t) : X(t) ? (e.consume(t), T) : n(t);
  }
  function E(t) {
    return t === 45 && i === 2
      ? (e.consume(t), ie)
      : t === 60 && i === 1
        ? (e.consume(t), O)
        : t === 62 && i === 4
          ? (e.consume(t), se)
          : t === 63 && i === 3
            ? (e.consume(t), k)
            : t === 93 && i === 5
              ? (e.consume(t), oe)
              : J(t) && (i === 6 || i === 7)
                ? (e.exit(`htmlFlowData`), e.check(ud, ce, D)(t))
                : t === null || J(t)
                  ? (e.exit(`htmlFlowData`), D(t))
                  : (e.consume(t), E);
  }
  function D(t) {
    return e.check(Du, ne, ce)(t);
  }
  function ne(t) {
    return (e.enter(`lineEnding`), e.consume(t), e.exit(`lineEnding`), re);
  }
  function re(t) {
    return t === null || J(t) ? D(t) : (e.enter(`htmlFlowData`), E(t));
  }
  function ie(t) {
    return t === 45 ? (e.consume(t), k) : E(t);
  }
  function O(t) {
    return t === 47 ? (e.consume(t), (o = ``), ae) : E(t);
  }
  function ae(t) {
    if (t === 62) {
      let n = o.toLowerCase();
      return cd.includes(n) ? (e.consume(t), se) : E(t);
    }
    return Wl(t) && o.length < 8 ? (e.consume(t), (o += String.fromCharCode(t)), ae) : E(t);
  }
  function oe(t) {
    return t === 93 ? (e.consume(t), k) : E(t);
  }
  function k(t) {
    return t === 62 ? (e.consume(t), se) : t === 45 && i === 2 ? (e.consume(t), k) : E(t);
  }
  function se(t) {
    return t === null || J(t) ? (e.exit(`htmlFlowData`), ce(t)) : (e.consume(t), se);
  }
  function ce(n) {
    return (e.exit(`htmlFlow`), t(n));
  }
}
function pd(e, t, n) {
  return r;
  function r(r) {
    return (e.enter(`lineEnding`), e.consume(r), e.exit(`lineEnding`), e.attempt(_u, t, n));
  }
}
var md = { name: `htmlText`, tokenize: hd };
function hd(e, t, n) {
  let r = this,
    i,
    a,
    o;
  return s;
  function s(t) {
    return (e.enter(`htmlText`), e.enter(`htmlTextData`), e.consume(t), c);
  }
  function c(t) {
    return t === 33
      ? (e.consume(t), l)
      : t === 47
        ? (e.consume(t), ee)
        : t === 63
          ? (e.consume(t), y)
          : Wl(t)
            ? (e.consume(t), S)
            : n(t);
  }
  function l(t) {
    return t === 45
      ? (e.consume(t), u)
      : t === 91
        ? (e.consume(t), (a = 0), m)
        : Wl(t)
          ? (e.consume(t), v)
          : n(t);
  }
  function u(t) {
    return t === 45 ? (e.consume(t), p) : n(t);
  }
  function d(t) {
    return t === null ? n(t) : t === 45 ? (e.consume(t), f) : J(t) ? ((o = d), O(t)) : (e.consume(t), d);
  }
  function f(t) {
    return t === 45 ? (e.consume(t), p) : d(t);
  }
  function p(e) {
    return e === 62 ? ie(e) : e === 45 ? f(e) : d(e);
  }
  function m(t) {
    return t === `CDATA[`.charCodeAt(a++) ? (e.consume(t), a === 6 ? h : m) : n(t);
  }
  function h(t) {
    return t === null ? n(t) : t === 93 ? (e.consume(t), g) : J(t) ? ((o = h), O(t)) : (e.consume(t), h);
  }
  function g(t) {
    return t === 93 ? (e.consume(t), _) : h(t);
  }
  function _(t) {
    return t === 62 ? ie(t) : t === 93 ? (e.consume(t), _) : h(t);
  }
  function v(t) {
    return t === null || t === 62 ? ie(t) : J(t) ? ((o = v), O(t)) : (e.consume(t), v);
  }
  function y(t) {
    return t === null ? n(t) : t === 63 ? (e.consume(t), b) : J(t) ? ((o = y), O(t)) : (e.consume(t), y);
  }
  function b(e) {
    return e === 62 ? ie(e) : y(e);
  }
  function ee(t) {
    return Wl(t) ? (e.consume(t), te) : n(t);
  }
  function te(t) {
    return t === 45 || Gl(t) ? (e.consume(t), te) : x(t);
  }
  function x(t) {
    return J(t) ? ((o = x), O(t)) : X(t) ? (e.consume(t), x) : ie(t);
  }
  function S(t) {
    return t === 45 || Gl(t) ? (e.consume(t), S) : t === 47 || t === 62 || Y(t) ? C(t) : n(t);
  }
  function C(t) {
    return t === 47
      ? (e.consume(t), ie)
      : t === 58 || t === 95 || Wl(t)
        ? (e.consume(t), w)
        : J(t)
          ? ((o = C), O(t))
          : X(t)
            ? (e.consume(t), C)
            : ie(t);
  }
  function w(t) {
    return t === 45 || t === 46 || t === 58 || t === 95 || Gl(t) ? (e.consume(t), w) : T(t);
  }
  function T(t) {
    return t === 61 ? (e.consume(t), E) : J(t) ? ((o = T), O(t)) : X(t) ? (e.consume(t), T) : C(t);
  }
  function E(t) {
    return t === null || t === 60 || t === 61 || t === 62 || t === 96
      ? n(t)
      : t === 34 || t === 39
        ? (e.consume(t), (i = t), D)
        : J(t)
          ? ((o = E), O(t))
          : X(t)
            ? (e.consume(t), E)
            : (e.consume(t), ne);
  }
  function D(t) {
    return t === i
      ? (e.consume(t), (i = void 0), re)
      : t === null
        ? n(t)
        : J(t)
          ? ((o = D), O(t))
          : (e.consume(t), D);
  }
  function ne(t) {
    return t === null || t === 34 || t === 39 || t === 60 || t === 61 || t === 96
      ? n(t)
      : t === 47 || t === 62 || Y(t)
        ? C(t)
        : (e.consume(t), ne);
  }
  function re(e) {
    return e === 47 || e === 62 || Y(e) ? C(e) : n(e);
  }
  function ie(r) {
    return r === 62 ? (e.consume(r), e.exit(`htmlTextData`), e.exit(`htmlText`), t) : n(r);
  }
  function O(t) {
    return (e.exit(`htmlTextData`), e.enter(`lineEnding`), e.consume(t), e.exit(`lineEnding`), ae);
  }
  function ae(t) {
    return X(t)
      ? Z(e, oe, `linePrefix`, r.parser.constructs.disable.null.includes(`codeIndented`) ? void 0 : 4)(t)
      : oe(t);
  }
  function oe(t) {
    return (e.enter(`htmlTextData`), o(t));
  }
}
var gd = { name: `labelEnd`, resolveAll: bd, resolveTo: xd, tokenize: Sd },
  _d = { tokenize: Cd },
  vd = { tokenize: wd },
  yd = { tokenize: Td };
function bd(e) {
  let t = -1,
    n = [];
  for (; ++t < e.length;) {
    let r = e[t][1];
    if ((n.push(e[t]), r.type === `labelImage` || r.type === `labelLink` || r.type === `labelEnd`)) {
      let e = r.type === `labelImage` ? 4 : 2;
      ((r.type = `data`), (t += e));
    }
  }
  return (e.length !== n.length && Ll(e, 0, e.length, n), e);
}
function xd(e, t) {
  let n = e.length,
    r = 0,
    i,
    a,
    o;
  for (; n--;) {
    let t = e[n][1];
    if (i) {
      if (t.type === `link` || (t.type === `labelLink` && t._inactive)) break;
      e[n][0] === `enter` && t.type === `labelLink` && (t._inactive = !0);
    } else if (a) {
      if (
        e[n][0] === `enter` &&
        (t.type === `labelImage` || t.type === `labelLink`) &&
        !t._balanced &&
        ((i = n), t.type !== `labelLink`)
      ) {
        r = 2;
        break;
      }
    } else t.type === `labelEnd` && (a = n);
  }
  let s = {
      type: e[i][1].type === `labelLink` ? `link` : `image`,
      start: { ...e[i][1].start },
      end: { ...e[e.length - 1][1].end },
    },
    c = { type: `label`, start: { ...e[i][1].start }, end: { ...e[a][1].end } },
    l = { type: `labelText`, start: { ...e[i + r + 2][1].end }, end: { ...e[a - 2][1].start } };
  return (
    (o = [
      [`enter`, s, t],
      [`enter`, c, t],
    ]),
    (o = q(o, e.slice(i + 1, i + r + 3))),
    (o = q(o, [[`enter`, l, t]])),
    (o = q(o, uu(t.parser.constructs.insideSpan.null, e.slice(i + r + 4, a - 3), t))),
    (o = q(o, [[`exit`, l, t], e[a - 2], e[a - 1], [`exit`, c, t]])),
    (o = q(o, e.slice(a + 1))),
    (o = q(o, [[`exit`, s, t]])),
    Ll(e, i, e.length, o),
    e
  );
}
function Sd(e, t, n) {
  let r = this,
    i = r._labelStarts,
    a,
    o;
  if (i) {
    for (; i.length > 0 && i[i.length - 1]._balanced;) i.pop();
    a = i[i.length - 1];
  }
  return s;
  function s(t) {
    return a
      ? a._inactive
        ? d(t)
        : ((o = r.parser.defined.includes(Ul(r.sliceSerialize({ start: a.end, end: r.now() })))),
          e.enter(`labelEnd`),
          e.enter(`labelMarker`),
          e.consume(t),
          e.exit(`labelMarker`),
          e.exit(`labelEnd`),
          c)
      : n(t);
  }
  function c(t) {
    return t === 40
      ? e.attempt(_d, u, o ? u : d)(t)
      : t === 91
        ? e.attempt(vd, u, o ? l : d)(t)
        : o
          ? u(t)
          : d(t);
  }
  function l(t) {
    return e.attempt(yd, u, d)(t);
  }
  function u(e) {
    return (i.pop(), t(e));
  }
  function d(e) {
    return ((a._balanced = !0), n(e));
  }
}
function Cd(e, t, n) {
  return r;
  function r(t) {
    return (e.enter(`resource`), e.enter(`resourceMarker`), e.consume(t), e.exit(`resourceMarker`), i);
  }
  function i(t) {
    return Y(t) ? Zu(e, a)(t) : a(t);
  }
  function a(t) {
    return t === 41
      ? u(t)
      : Ju(
          e,
          o,
          s,
          `resourceDestination`,
          `resourceDestinationLiteral`,
          `resourceDestinationLiteralMarker`,
          `resourceDestinationRaw`,
          `resourceDestinationString`,
          32,
        )(t);
  }
  function o(t) {
    return Y(t) ? Zu(e, c)(t) : u(t);
  }
  function s(e) {
    return n(e);
  }
  function c(t) {
    return t === 34 || t === 39 || t === 40
      ? Xu(e, l, n, `resourceTitle`, `resourceTitleMarker`, `resourceTitleString`)(t)
      : u(t);
  }
  function l(t) {
    return Y(t) ? Zu(e, u)(t) : u(t);
  }
  function u(r) {
    return r === 41
      ? (e.enter(`resourceMarker`), e.consume(r), e.exit(`resourceMarker`), e.exit(`resource`), t)
      : n(r);
  }
}
function wd(e, t, n) {
  let r = this;
  return i;
  function i(t) {
    return Yu.call(r, e, a, o, `reference`, `referenceMarker`, `referenceString`)(t);
  }
  function a(e) {
    return r.parser.defined.includes(Ul(r.sliceSerialize(r.events[r.events.length - 1][1]).slice(1, -1)))
      ? t(e)
      : n(e);
  }
  function o(e) {
    return n(e);
  }
}
function Td(e, t, n) {
  return r;
  function r(t) {
    return (e.enter(`reference`), e.enter(`referenceMarker`), e.consume(t), e.exit(`referenceMarker`), i);
  }
  function i(r) {
    return r === 93
      ? (e.enter(`referenceMarker`), e.consume(r), e.exit(`referenceMarker`), e.exit(`reference`), t)
      : n(r);
  }
}
var Ed = { name: `labelStartImage`, resolveAll: gd.resolveAll, tokenize: Dd };
function Dd(e, t, n) {
  let r = this,
    i;
  return a;
  function a(t) {
    return (e.enter(`labelImage`), e.enter(`labelImageMarker`), e.consume(t), e.exit(`labelImageMarker`), o);
  }
  function o(t) {
    return t === 91
      ? (e.enter(`labelMarker`), e.consume(t), e.exit(`labelMarker`), (i = e.exit(`labelImage`)), s)
      : n(t);
  }
  function s(e) {
    return e === 94 && `_hiddenFootnoteSupport` in r.parser.constructs
      ? n(e)
      : ((r._labelStarts = r._labelStarts || []), r._labelStarts.push(i), t(e));
  }
}
var Od = { name: `labelStartLink`, resolveAll: gd.resolveAll, tokenize: kd };
function kd(e, t, n) {
  let r = this,
    i;
  return a;
  function a(t) {
    return (
      e.enter(`labelLink`),
      e.enter(`labelMarker`),
      e.consume(t),
      e.exit(`labelMarker`),
      (i = e.exit(`labelLink`)),
      o
    );
  }
  function o(e) {
    return e === 94 && `_hiddenFootnoteSupport` in r.parser.constructs
      ? n(e)
      : ((r._labelStarts = r._labelStarts || []), r._labelStarts.push(i), t(e));
  }
}
var Ad = { name: `lineEnding`, tokenize: jd };
function jd(e, t) {
  return n;
  function n(n) {
    return (e.enter(`lineEnding`), e.consume(n), e.exit(`lineEnding`), Z(e, t, `linePrefix`));
  }
}
var Md = { name: `thematicBreak`, tokenize: Nd };
function Nd(e, t, n) {
  let r = 0,
    i;
  return a;
  function a(t) {
    return (e.enter(`thematicBreak`), o(t));
  }
  function o(e) {
    return ((i = e), s(e));
  }
  function s(a) {
    return a === i
      ? (e.enter(`thematicBreakSequence`), c(a))
      : r >= 3 && (a === null || J(a))
        ? (e.exit(`thematicBreak`), t(a))
        : n(a);
  }
  function c(t) {
    return t === i
      ? (e.consume(t), r++, c)
      : (e.exit(`thematicBreakSequence`), X(t) ? Z(e, s, `whitespace`)(t) : s(t));
  }
}
var Q = { continuation: { tokenize: Ld }, exit: zd, name: `list`, tokenize: Id },
  Pd = { partial: !0, tokenize: Bd },
  Fd = { partial: !0, tokenize: Rd };
function Id(e, t, n) {
  let r = this,
    i = r.events[r.events.length - 1],
    a = i && i[1].type === `linePrefix` ? i[2].sliceSerialize(i[1], !0).length : 0,
    o = 0;
  return s;
  function s(t) {
    let i = r.containerState.type || (t === 42 || t === 43 || t === 45 ? `listUnordered` : `listOrdered`);
    if (i === `listUnordered` ? !r.containerState.marker || t === r.containerState.marker : Jl(t)) {
      if (
        (r.containerState.type || ((r.containerState.type = i), e.enter(i, { _container: !0 })),
        i === `listUnordered`)
      )
        return (e.enter(`listItemPrefix`), t === 42 || t === 45 ? e.check(Md, n, l)(t) : l(t));
      if (!r.interrupt || t === 49) return (e.enter(`listItemPrefix`), e.enter(`listItemValue`), c(t));
    }
    return n(t);
  }
  function c(t) {
    return Jl(t) && ++o < 10
      ? (e.consume(t), c)
      : (!r.interrupt || o < 2) &&
          (r.containerState.marker ? t === r.containerState.marker : t === 41 || t === 46)
        ? (e.exit(`listItemValue`), l(t))
        : n(t);
  }
  function l(t) {
    return (
      e.enter(`listItemMarker`),
      e.consume(t),
      e.exit(`listItemMarker`),
      (r.containerState.marker = r.containerState.marker || t),
      e.check(_u, r.interrupt ? n : u, e.attempt(Pd, f, d))
    );
  }
  function u(e) {
    return ((r.containerState.initialBlankLine = !0), a++, f(e));
  }
  function d(t) {
    return X(t)
      ? (e.enter(`listItemPrefixWhitespace`), e.consume(t), e.exit(`listItemPrefixWhitespace`), f)
      : n(t);
  }
  function f(n) {
    return ((r.containerState.size = a + r.sliceSerialize(e.exit(`listItemPrefix`), !0).length), t(n));
  }
}
function Ld(e, t, n) {
  let r = this;
  return ((r.containerState._closeFlow = void 0), e.check(_u, i, a));
  function i(n) {
    return (
      (r.containerState.furtherBlankLines =
        r.containerState.furtherBlankLines || r.containerState.initialBlankLine),
      Z(e, t, `listItemIndent`, r.containerState.size + 1)(n)
    );
  }
  function a(n) {
    return r.containerState.furtherBlankLines || !X(n)
      ? ((r.containerState.furtherBlankLines = void 0), (r.containerState.initialBlankLine = void 0), o(n))
      : ((r.containerState.furtherBlankLines = void 0),
        (r.containerState.initialBlankLine = void 0),
        e.attempt(Fd, t, o)(n));
  }
  function o(i) {
    return (
      (r.containerState._closeFlow = !0),
      (r.interrupt = void 0),
      Z(
        e,
        e.attempt(Q, t, n),
        `linePrefix`,
        r.parser.constructs.disable.null.includes(`codeIndented`) ? void 0 : 4,
      )(i)
    );
  }
}
function Rd(e, t, n) {
  let r = this;
  return Z(e, i, `listItemIndent`, r.containerState.size + 1);
  function i(e) {
    let i = r.events[r.events.length - 1];
    return i &&
      i[1].type === `listItemIndent` &&
      i[2].sliceSerialize(i[1], !0).length === r.containerState.size
      ? t(e)
      : n(e);
  }
}
function zd(e) {
  e.exit(this.containerState.type);
}
function Bd(e, t, n) {
  let r = this;
  return Z(
    e,
    i,
    `listItemPrefixWhitespace`,
    r.parser.constructs.disable.null.includes(`codeIndented`) ? void 0 : 5,
  );
  function i(e) {
    let i = r.events[r.events.length - 1];
    return !X(e) && i && i[1].type === `listItemPrefixWhitespace` ? t(e) : n(e);
  }
}
var Vd = { name: `setextUnderline`, resolveTo: Hd, tokenize: Ud };
function Hd(e, t) {
  let n = new ru(),
    r = e.length,
    i,
    a,
    o;
  for (; r--;)
    if (e[r][0] === `enter`) {
      if (e[r][1].type === `content`) {
        i = r;
        break;
      }
      e[r][1].type === `paragraph` && (a = r);
    } else (e[r][1].type === `content` && n.add(r, 1, []), !o && e[r][1].type === `definition` && (o = r));
  let s = { type: `setextHeading`, start: { ...e[i][1].start }, end: { ...e[e.length - 1][1].end } };
  return (
    (e[a][1].type = `setextHeadingText`),
    o
      ? (n.add(a, 0, [[`enter`, s, t]]),
        n.add(o + 1, 0, [[`exit`, e[i][1], t]]),
        (e[i][1].end = { ...e[o][1].end }))
      : (e[i][1] = s),
    n.add(e.length, 0, [[`exit`, s, t]]),
    n.consume(e),
    e
  );
}
function Ud(e, t, n) {
  let r = this,
    i;
  return a;
  function a(t) {
    let a = r.events.length,
      s;
    for (; a--;)
      if (
        r.events[a][1].type !== `lineEnding` &&
        r.events[a][1].type !== `linePrefix` &&
        r.events[a][1].type !== `content`
      ) {
        s = r.events[a][1].type === `paragraph`;
        break;
      }
    return !r.parser.lazy[r.now().line] && (r.interrupt || s)
      ? (e.enter(`setextHeadingLine`), (i = t), o(t))
      : n(t);
  }
  function o(t) {
    return (e.enter(`setextHeadingLineSequence`), s(t));
  }
  function s(t) {
    return t === i
      ? (e.consume(t), s)
      : (e.exit(`setextHeadingLineSequence`), X(t) ? Z(e, c, `lineSuffix`)(t) : c(t));
  }
  function c(r) {
    return r === null || J(r) ? (e.exit(`setextHeadingLine`), t(r)) : n(r);
  }
}
var Wd = { tokenize: Gd };
function Gd(e) {
  let t = this,
    n = e.attempt(
      _u,
      r,
      e.attempt(
        this.parser.constructs.flowInitial,
        i,
        Z(e, e.attempt(this.parser.constructs.flow, i, e.attempt(Uu, i)), `linePrefix`),
      ),
    );
  return n;
  function r(r) {
    if (r === null) e.consume(r);
    else
      return (
        e.enter(`lineEndingBlank`),
        e.consume(r),
        e.exit(`lineEndingBlank`),
        (t.currentConstruct = void 0),
        n
      );
  }
  function i(r) {
    if (r === null) e.consume(r);
    else return (e.enter(`lineEnding`), e.consume(r), e.exit(`lineEnding`), (t.currentConstruct = void 0), n);
  }
}
var Kd = { resolveAll: Xd() },
  qd = Yd(`string`),
  Jd = Yd(`text`);
function Yd(e) {
  return { resolveAll: Xd(e === `text` ? Zd : void 0), tokenize: t };
  function t(t) {
    let n = this,
      r = this.parser.constructs[e],
      i = t.attempt(r, a, o);
    return a;
    function a(e) {
      return c(e) ? i(e) : o(e);
    }
    function o(e) {
      if (e === null) t.consume(e);
      else return (t.enter(`data`), t.consume(e), s);
    }
    function s(e) {
      return c(e) ? (t.exit(`data`), i(e)) : (t.consume(e), s);
    }
    function c(e) {
      if (e === null) return !0;
      let t = r[e],
        i = -1;
      if (t)
        for (; ++i < t.length;) {
          let e = t[i];
          if (!e.previous || e.previous.call(n, n.previous)) return !0;
        }
      return !1;
    }
  }
}
function Xd(e) {
  return t;
  function t(t, n) {
    let r = -1,
      i;
    for (; ++r <= t.length;)
      i === void 0
        ? t[r] && t[r][1].type === `data` && ((i = r), r++)
        : (t[r] && t[r][1].type === `data`) ||
          (r !== i + 2 && ((t[i][1].end = t[r - 1][1].end), t.splice(i + 2, r - i - 2), (r = i + 2)),
          (i = void 0));
    return e ? e(t, n) : t;
  }
}
function Zd(e, t) {
  let n = new ru(),
    r = 0;
  for (; ++r <= e.length;)
    if ((r === e.length || e[r][1].type === `lineEnding`) && e[r - 1][1].type === `data`) {
      let i = e[r - 1][1],
        a = t.sliceStream(i),
        o = a.length,
        s = -1,
        c = 0,
        l;
      for (; o--;) {
        let e = a[o];
        if (typeof e == `string`) {
          for (s = e.length; e.charCodeAt(s - 1) === 32;) (c++, s--);
          if (s) break;
          s = -1;
        } else if (e === -2) ((l = !0), c++);
        else if (e !== -1) {
          o++;
          break;
        }
      }
      if ((t._contentTypeTextTrailing && r === e.length && (c = 0), c)) {
        let a = {
          type: r === e.length || l || c < 2 ? `lineSuffix` : `hardBreakTrailing`,
          start: {
            _bufferIndex: o ? s : i.start._bufferIndex + s,
            _index: i.start._index + o,
            line: i.end.line,
            column: i.end.column - c,
            offset: i.end.offset - c,
          },
          end: { ...i.end },
        };
        ((i.end = { ...a.start }),
          i.start.offset === i.end.offset
            ? Object.assign(i, a)
            : n.add(r, 0, [
                [`enter`, a, t],
                [`exit`, a, t],
              ]));
      }
      r++;
    }
  return (n.consume(e), e);
}
var Qd = e({
    attentionMarkers: () => sf,
    contentInitial: () => ef,
    disable: () => cf,
    document: () => $d,
    flow: () => nf,
    flowInitial: () => tf,
    insideSpan: () => of,
    string: () => rf,
    text: () => af,
  }),
  $d = { 42: Q, 43: Q, 45: Q, 48: Q, 49: Q, 50: Q, 51: Q, 52: Q, 53: Q, 54: Q, 55: Q, 56: Q, 57: Q, 62: yu },
  ef = { 91: Qu },
  tf = { [-2]: ju, [-1]: ju, 32: ju },
  nf = { 35: id, 42: Md, 45: [Vd, Md], 60: ld, 61: Vd, 95: Md, 96: ku, 126: ku },
  rf = { 38: Tu, 92: Cu },
  af = {
    [-5]: Ad,
    [-4]: Ad,
    [-3]: Ad,
    33: Ed,
    38: Tu,
    42: du,
    60: [hu, md],
    91: Od,
    92: [nd, Cu],
    93: gd,
    95: du,
    96: Fu,
  },
  of = { null: [du, Kd] },
  sf = { null: [42, 95] },
  cf = { null: [] };
function lf(e, t, n) {
  let r = {
      _bufferIndex: -1,
      _index: 0,
      line: (n && n.line) || 1,
      column: (n && n.column) || 1,
      offset: (n && n.offset) || 0,
    },
    i = {},
    a = [],
    o = [],
    s = [],
    c = { attempt: x(ee), check: x(te), consume: v, enter: y, exit: b, interrupt: x(te, { interrupt: !0 }) },
    l = {
      code: null,
      containerState: {},
      defineSkip: h,
      events: [],
      now: m,
      parser: e,
      previous: null,
      sliceSerialize: f,
      sliceStream: p,
      write: d,
    },
    u = t.tokenize.call(l, c);
  return (t.resolveAll && a.push(t), l);
  function d(e) {
    return (
      (o = q(o, e)),
      g(),
      o[o.length - 1] === null ? (S(t, 0), (l.events = uu(a, l.events, l)), l.events) : []
    );
  }
  function f(e, t) {
    return df(p(e), t);
  }
  function p(e) {
    return uf(o, e);
  }
  function m() {
    let { _bufferIndex: e, _index: t, line: n, column: i, offset: a } = r;
    return { _bufferIndex: e, _index: t, line: n, column: i, offset: a };
  }
  function h(e) {
    ((i[e.line] = e.column), w());
  }
  function g() {
    for (; r._index < o.length;) {
      let e = o[r._index];
      if (typeof e == `string`) {
        let t = r._index;
        for (r._bufferIndex < 0 && (r._bufferIndex = 0); r._index === t && r._bufferIndex < e.length;)
          _(e.charCodeAt(r._bufferIndex));
      } else _(e);
    }
  }
  function _(e) {
    u = u(e);
  }
  function v(e) {
    (J(e)
      ? (r.line++, (r.column = 1), (r.offset += e === -3 ? 2 : 1), w())
      : e !== -1 && (r.column++, r.offset++),
      r._bufferIndex < 0
        ? r._index++
        : (r._bufferIndex++, r._bufferIndex === o[r._index].length && ((r._bufferIndex = -1), r._index++)),
      (l.previous = e));
  }
  function y(e, t) {
    let n = t || {};
    return ((n.type = e), (n.start = m()), l.events.push([`enter`, n, l]), s.push(n), n);
  }
  function b(e) {
    let t = s.pop();
    return ((t.end = m()), l.events.push([`exit`, t, l]), t);
  }
  function ee(e, t) {
    S(e, t.from);
  }
  function te(e, t) {
    t.restore();
  }
  function x(e, t) {
    return n;
    function n(n, r, i) {
      let a, o, s, u;
      return Array.isArray(n) ? f(n) : `tokenize` in n ? f([n]) : d(n);
      function d(e) {
        return t;
        function t(t) {
          let n = t !== null && e[t],
            r = t !== null && e.null;
          return f([...(Array.isArray(n) ? n : n ? [n] : []), ...(Array.isArray(r) ? r : r ? [r] : [])])(t);
        }
      }
      function f(e) {
        return ((a = e), (o = 0), e.length === 0 ? i : p(e[o]));
      }
      function p(e) {
        return n;
        function n(n) {
          return (
            (u = C()),
            (s = e),
            e.partial || (l.currentConstruct = e),
            e.name && l.parser.constructs.disable.null.includes(e.name)
              ? h(n)
              : e.tokenize.call(t ? Object.assign(Object.create(l), t) : l, c, m, h)(n)
          );
        }
      }
      function m(t) {
        return (e(s, u), r);
      }
      function h(e) {
        return (u.restore(), ++o < a.length ? p(a[o]) : i);
      }
    }
  }
  function S(e, t) {
    (e.resolveAll && !a.includes(e) && a.push(e),
      e.resolve && Ll(l.events, t, l.events.length - t, e.resolve(l.events.slice(t), l)),
      e.resolveTo && (l.events = e.resolveTo(l.events, l)));
  }
  function C() {
    let e = m(),
      t = l.previous,
      n = l.currentConstruct,
      i = l.events.length,
      a = Array.from(s);
    return { from: i, restore: o };
    function o() {
      ((r = e), (l.previous = t), (l.currentConstruct = n), (l.events.length = i), (s = a), w());
    }
  }
  function w() {
    r.line in i && r.column < 2 && ((r.column = i[r.line]), (r.offset += i[r.line] - 1));
  }
}
function uf(e, t) {
  let n = t.start._index,
    r = t.start._bufferIndex,
    i = t.end._index,
    a = t.end._bufferIndex,
    o;
  if (n === i) o = [e[n].slice(r, a)];
  else {
    if (((o = e.slice(n, i)), r > -1)) {
      let e = o[0];
      typeof e == `string` ? (o[0] = e.slice(r)) : o.shift();
    }
    a > 0 && o.push(e[i].slice(0, a));
  }
  return o;
}
function df(e, t) {
  let n = -1,
    r = [],
    i;
  for (; ++n < e.length;) {
    let a = e[n],
      o;
    if (typeof a == `string`) o = a;
    else
      switch (a) {
        case -5:
          o = `\r`;
          break;
        case -4:
          o = `
`;
          break;
        case -3:
          o = `\r
`;
          break;
        case -2:
          o = t ? ` ` : `	`;
          break;
        case -1:
          if (!t && i) continue;
          o = ` `;
          break;
        default:
          o = String.fromCharCode(a);
      }
    ((i = a === -2), r.push(o));
  }
  return r.join(``);
}
function ff(e) {
  let t = {
    constructs: zl([Qd, ...((e || {}).extensions || [])]),
    content: n(tu),
    defined: [],
    document: n(au),
    flow: n(Wd),
    lazy: {},
    string: n(qd),
    text: n(Jd),
  };
  return t;
  function n(e) {
    return n;
    function n(n) {
      return lf(t, e, n);
    }
  }
}
function pf(e) {
  for (; !Vu(e););
  return e;
}
var mf = /[\0\t\n\r]/g;
function hf() {
  let e = 1,
    t = ``,
    n = !0,
    r;
  return i;
  function i(i, a, o) {
    i = t + (typeof i == `string` ? i.toString() : new TextDecoder(a || void 0).decode(i));
    let s = [],
      c = 0;
    for (t = ``, n &&= (i.charCodeAt(0) === 65279 && c++, void 0); c < i.length;) {
      mf.lastIndex = c;
      let n = mf.exec(i),
        a = n && n.index !== void 0 ? n.index : i.length,
        o = i.charCodeAt(a);
      if (!n) {
        t = i.slice(c);
        break;
      }
      if (o === 10 && c === a && r) (s.push(-3), (r = void 0));
      else
        switch (((r &&= (s.push(-5), void 0)), c < a && (s.push(i.slice(c, a)), (e += a - c)), o)) {
          case 0:
            (s.push(65533), e++);
            break;
          case 9: {
            let t = Math.ceil(e / 4) * 4;
            for (s.push(-2); e++ < t;) s.push(-1);
            break;
          }
          case 10:
            (s.push(-4), (e = 1));
            break;
          default:
            ((r = !0), (e = 1));
        }
      c = a + 1;
    }
    return (o && (r && s.push(-5), t && s.push(t), s.push(null)), s);
  }
}
var gf = /\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;
function _f(e) {
  return e.replace(gf, vf);
}
function vf(e, t, n) {
  if (t) return t;
  if (n.charCodeAt(0) === 35) {
    let e = n.charCodeAt(1),
      t = e === 120 || e === 88;
    return Hl(n.slice(t ? 2 : 1), t ? 16 : 10);
  }
  return Il(n) || e;
}
function yf(e) {
  return !e || typeof e != `object`
    ? ``
    : `position` in e || `type` in e
      ? xf(e.position)
      : `start` in e || `end` in e
        ? xf(e)
        : `line` in e || `column` in e
          ? bf(e)
          : ``;
}
function bf(e) {
  return Sf(e && e.line) + `:` + Sf(e && e.column);
}
function xf(e) {
  return bf(e && e.start) + `-` + bf(e && e.end);
}
function Sf(e) {
  return e && typeof e == `number` ? e : 1;
}
var Cf = {}.hasOwnProperty;
function wf(e, t, n) {
  return (
    t && typeof t == `object` && ((n = t), (t = void 0)),
    Tf(n)(
      pf(
        ff(n)
          .document()
          .write(hf()(e, t, !0)),
      ),
    )
  );
}
function Tf(e) {
  let t = {
    afterExit: [],
    beforeEnter: [],
    transforms: [],
    canContainEols: [`emphasis`, `fragment`, `heading`, `paragraph`, `strong`],
    enter: {
      autolink: o(Te),
      autolinkProtocol: w,
      autolinkEmail: w,
      atxHeading: o(xe),
      blockQuote: o(_e),
      characterEscape: w,
      characterReference: w,
      codeFenced: o(ve),
      codeFencedFenceInfo: s,
      codeFencedFenceMeta: s,
      codeIndented: o(ve, s),
      codeText: o(ye, s),
      codeTextData: w,
      data: w,
      codeFlowValue: w,
      definition: o(A),
      definitionDestinationString: s,
      definitionLabelString: s,
      definitionTitleString: s,
      emphasis: o(be),
      hardBreakEscape: o(Se),
      hardBreakTrailing: o(Se),
      htmlFlow: o(Ce, s),
      htmlFlowData: w,
      htmlText: o(Ce, s),
      htmlTextData: w,
      image: o(we),
      label: s,
      link: o(Te),
      listItem: o(De),
      listItemValue: p,
      listOrdered: o(Ee, f),
      listUnordered: o(Ee),
      paragraph: o(Oe),
      reference: ue,
      referenceString: s,
      resourceDestinationString: s,
      resourceTitleString: s,
      setextHeading: o(xe),
      strong: o(ke),
      thematicBreak: o(Ae),
    },
    exit: {
      atxHeading: l(),
      atxHeadingSequence: te,
      autolink: l(),
      autolinkEmail: ge,
      autolinkProtocol: he,
      blockQuote: l(),
      characterEscapeValue: T,
      characterReferenceMarkerHexadecimal: fe,
      characterReferenceMarkerNumeric: fe,
      characterReferenceValue: pe,
      characterReference: me,
      codeFenced: l(_),
      codeFencedFence: g,
      codeFencedFenceInfo: m,
      codeFencedFenceMeta: h,
      codeFlowValue: T,
      codeIndented: l(v),
      codeText: l(ie),
      codeTextData: T,
      data: T,
      definition: l(),
      definitionDestinationString: ee,
      definitionLabelString: y,
      definitionTitleString: b,
      emphasis: l(),
      hardBreakEscape: l(D),
      hardBreakTrailing: l(D),
      htmlFlow: l(ne),
      htmlFlowData: T,
      htmlText: l(re),
      htmlTextData: T,
      image: l(ae),
      label: k,
      labelText: oe,
      lineEnding: E,
      link: l(O),
      listItem: l(),
      listOrdered: l(),
      listUnordered: l(),
      paragraph: l(),
      referenceString: de,
      resourceDestinationString: se,
      resourceTitleString: ce,
      resource: le,
      setextHeading: l(C),
      setextHeadingLineSequence: S,
      setextHeadingText: x,
      strong: l(),
      thematicBreak: l(),
    },
  };
  Df(t, (e || {}).mdastExtensions || []);
  let n = {};
  return r;
  function r(e) {
    let r = { type: `root`, children: [], position: void 0 },
      o = { stack: [r], tokenStack: [], config: t, enter: c, exit: u, buffer: s, resume: d, data: n },
      l = [],
      f = [],
      p = -1;
    for (; ++p < e.length;)
      (f.push(e[p]),
        (e[p][1].type === `listOrdered` || e[p][1].type === `listUnordered`) &&
          (e[p][0] === `enter` ? l.push(f.length - 1) : a(f, l.pop())));
    for (e = f, p = -1; ++p < e.length;) {
      let n = t[e[p][0]];
      (e[p][0] === `enter` &&
        t.beforeEnter.length > 0 &&
        i(t.beforeEnter, { ...o, sliceSerialize: e[p][2].sliceSerialize }, e[p][1]),
        Cf.call(n, e[p][1].type) &&
          n[e[p][1].type].call({ ...o, sliceSerialize: e[p][2].sliceSerialize }, e[p][1]),
        e[p][0] === `exit` &&
          t.afterExit.length > 0 &&
          i(t.afterExit, { ...o, sliceSerialize: e[p][2].sliceSerialize }, e[p][1]));
    }
    if (o.tokenStack.length > 0) {
      let e = o.tokenStack[o.tokenStack.length - 1];
      (e[1] || kf).call(o, void 0, e[0]);
    }
    for (
      r.position = {
        start: Ef(e.length > 0 ? e[0][1].start : { line: 1, column: 1, offset: 0 }),
        end: Ef(e.length > 0 ? e[e.length - 2][1].end : { line: 1, column: 1, offset: 0 }),
      },
        p = -1;
      ++p < t.transforms.length;
    )
      r = t.transforms[p](r) || r;
    return r;
  }
  function i(e, t, n) {
    let r = -1;
    for (; ++r < e.length;) e[r].call(t, n);
  }
  function a(e, t) {
    let n = e.length - 1,
      r = t - 1,
      i = -1,
      a = !1,
      o,
      s,
      c,
      l,
      u = [];
    for (; ++r <= n;) {
      let t = e[r];
      switch (t[1].type) {
        case `listUnordered`:
        case `listOrdered`:
        case `blockQuote`:
          (t[0] === `enter` ? i++ : i--, (l = void 0));
          break;
        case `lineEndingBlank`:
          t[0] === `enter` && (o && !l && !i && !c && (c = r), (l = void 0));
          break;
        case `linePrefix`:
        case `listItemValue`:
        case `listItemMarker`:
        case `listItemPrefix`:
        case `listItemPrefixWhitespace`:
          break;
        default:
          l = void 0;
      }
      if (
        (!i && t[0] === `enter` && t[1].type === `listItemPrefix`) ||
        (i === -1 && t[0] === `exit` && (t[1].type === `listUnordered` || t[1].type === `listOrdered`))
      ) {
        if (o) {
          let n = r;
          for (s = void 0; n--;) {
            let t = e[n];
            if (t[1].type === `lineEnding` || t[1].type === `lineEndingBlank`) {
              if (t[0] === `exit`) continue;
              (s && ((e[s][1].type = `lineEndingBlank`), (a = !0)), (t[1].type = `lineEnding`), (s = n));
            } else if (
              t[1].type !== `linePrefix` &&
              t[1].type !== `blockQuotePrefix` &&
              t[1].type !== `blockQuotePrefixWhitespace` &&
              t[1].type !== `blockQuoteMarker` &&
              t[1].type !== `listItemIndent`
            )
              break;
          }
          (c && (!s || c < s) && (o._spread = !0),
            (o.end = Object.assign({}, s ? e[s][1].start : t[1].end)),
            u.push({ at: s || r, event: [`exit`, o, t[2]] }));
        }
        if (t[1].type === `listItemPrefix`) {
          let e = { type: `listItem`, _spread: !1, start: Object.assign({}, t[1].start), end: void 0 };
          ((o = e), u.push({ at: r, event: [`enter`, e, t[2]] }), (c = void 0), (l = !0));
        }
      }
    }
    let d = e.splice(t),
      f = 0;
    for (r = -1; ++r < d.length;) {
      for (; f < u.length && u[f].at === t + r;) e.push(u[f++].event);
      e.push(d[r]);
    }
    e[t][1]._spread = a;
  }
  function o(e, t) {
    return n;
    function n(n) {
      (c.call(this, e(n), n), t && t.call(this, n));
    }
  }
  function s() {
    this.stack.push({ type: `fragment`, children: [] });
  }
  function c(e, t, n) {
    (this.stack[this.stack.length - 1].children.push(e),
      this.stack.push(e),
      this.tokenStack.push([t, n || void 0]),
      (e.position = { start: Ef(t.start), end: void 0 }));
  }
  function l(e) {
    return t;
    function t(t) {
      (e && e.call(this, t), u.call(this, t));
    }
  }
  function u(e, t) {
    let n = this.stack.pop(),
      r = this.tokenStack.pop();
    if (!r)
      throw Error(
        'Cannot close `' + e.type + '` (' + yf({ start: e.start, end: e.end }) + `): it’s not open`,
      );
    (r[0].type !== e.type && (t ? t.call(this, e, r[0]) : (r[1] || kf).call(this, e, r[0])),
      (n.position.end = Ef(e.end)));
  }
  function d() {
    return jl(this.stack.pop());
  }
  function f() {
    this.data.expectingFirstListItemValue = !0;
  }
  function p(e) {
    if (this.data.expectingFirstListItemValue) {
      let t = this.stack[this.stack.length - 2];
      ((t.start = Number.parseInt(this.sliceSerialize(e), 10)),
        (this.data.expectingFirstListItemValue = void 0));
    }
  }
  function m() {
    let e = this.resume(),
      t = this.stack[this.stack.length - 1];
    t.lang = e;
  }
  function h() {
    let e = this.resume(),
      t = this.stack[this.stack.length - 1];
    t.meta = e;
  }
  function g() {
    this.data.flowCodeInside || (this.buffer(), (this.data.flowCodeInside = !0));
  }
  function _() {
    let e = this.resume(),
      t = this.stack[this.stack.length - 1];
    ((t.value = e.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, ``)), (this.data.flowCodeInside = void 0));
  }
  function v() {
    let e = this.resume(),
      t = this.stack[this.stack.length - 1];
    t.value = e.replace(/(\r?\n|\r)$/g, ``);
  }
  function y(e) {
    let t = this.resume(),
      n = this.stack[this.stack.length - 1];
    ((n.label = t), (n.identifier = Ul(this.sliceSerialize(e)).toLowerCase()));
  }
  function b() {
    let e = this.resume(),
      t = this.stack[this.stack.length - 1];
    t.title = e;
  }
  function ee() {
    let e = this.resume(),
      t = this.stack[this.stack.length - 1];
    t.url = e;
  }
  function te(e) {
    let t = this.stack[this.stack.length - 1];
    t.depth ||= this.sliceSerialize(e).length;
  }
  function x() {
    this.data.setextHeadingSlurpLineEnding = !0;
  }
  function S(e) {
    let t = this.stack[this.stack.length - 1];
    t.depth = this.sliceSerialize(e).codePointAt(0) === 61 ? 1 : 2;
  }
  function C() {
    this.data.setextHeadingSlurpLineEnding = void 0;
  }
  function w(e) {
    let t = this.stack[this.stack.length - 1].children,
      n = t[t.length - 1];
    ((n && n.type === `text`) || ((n = j()), (n.position = { start: Ef(e.start), end: void 0 }), t.push(n)),
      this.stack.push(n));
  }
  function T(e) {
    let t = this.stack.pop();
    ((t.value += this.sliceSerialize(e)), (t.position.end = Ef(e.end)));
  }
  function E(e) {
    let n = this.stack[this.stack.length - 1];
    if (this.data.atHardBreak) {
      let t = n.children[n.children.length - 1];
      ((t.position.end = Ef(e.end)), (this.data.atHardBreak = void 0));
    } else
      !this.data.setextHeadingSlurpLineEnding &&
        t.canContainEols.includes(n.type) &&
        (w.call(this, e), T.call(this, e));
  }
  function D() {
    this.data.atHardBreak = !0;
  }
  function ne() {
    let e = this.resume(),
      t = this.stack[this.stack.length - 1];
    t.value = e;
  }
  function re() {
    let e = this.resume(),
      t = this.stack[this.stack.length - 1];
    t.value = e;
  }
  function ie() {
    let e = this.resume(),
      t = this.stack[this.stack.length - 1];
    t.value = e;
  }
  function O() {
    let e = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      let t = this.data.referenceType || `shortcut`;
      ((e.type += `Reference`), (e.referenceType = t), delete e.url, delete e.title);
    } else (delete e.identifier, delete e.label);
    this.data.referenceType = void 0;
  }
  function ae() {
    let e = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      let t = this.data.referenceType || `shortcut`;
      ((e.type += `Reference`), (e.referenceType = t), delete e.url, delete e.title);
    } else (delete e.identifier, delete e.label);
    this.data.referenceType = void 0;
  }
  function oe(e) {
    let t = this.sliceSerialize(e),
      n = this.stack[this.stack.length - 2];
    ((n.label = _f(t)), (n.identifier = Ul(t).toLowerCase()));
  }
  function k() {
    let e = this.stack[this.stack.length - 1],
      t = this.resume(),
      n = this.stack[this.stack.length - 1];
    ((this.data.inReference = !0), n.type === `link` ? (n.children = e.children) : (n.alt = t));
  }
  function se() {
    let e = this.resume(),
      t = this.stack[this.stack.length - 1];
    t.url = e;
  }
  function ce() {
    let e = this.resume(),
      t = this.stack[this.stack.length - 1];
    t.title = e;
  }
  function le() {
    this.data.inReference = void 0;
  }
  function ue() {
    this.data.referenceType = `collapsed`;
  }
  function de(e) {
    let t = this.resume(),
      n = this.stack[this.stack.length - 1];
    ((n.label = t),
      (n.identifier = Ul(this.sliceSerialize(e)).toLowerCase()),
      (this.data.referenceType = `full`));
  }
  function fe(e) {
    this.data.characterReferenceType = e.type;
  }
  function pe(e) {
    let t = this.sliceSerialize(e),
      n = this.data.characterReferenceType,
      r;
    n
      ? ((r = Hl(t, n === `characterReferenceMarkerNumeric` ? 10 : 16)),
        (this.data.characterReferenceType = void 0))
      : (r = Il(t));
    let i = this.stack[this.stack.length - 1];
    i.value += r;
  }
  function me(e) {
    let t = this.stack.pop();
    t.position.end = Ef(e.end);
  }
  function he(e) {
    T.call(this, e);
    let t = this.stack[this.stack.length - 1];
    t.url = this.sliceSerialize(e);
  }
  function ge(e) {
    T.call(this, e);
    let t = this.stack[this.stack.length - 1];
    t.url = `mailto:` + this.sliceSerialize(e);
  }
  function _e() {
    return { type: `blockquote`, children: [], position: void 0 };
  }
  function ve() {
    return { type: `code`, lang: null, meta: null, value: ``, position: void 0 };
  }
  function ye() {
    return { type: `inlineCode`, value: ``, position: void 0 };
  }
  function A() {
    return { type: `definition`, identifier: ``, label: null, title: null, url: ``, position: void 0 };
  }
  function be() {
    return { type: `emphasis`, children: [], position: void 0 };
  }
  function xe() {
    return { type: `heading`, depth: 0, children: [], position: void 0 };
  }
  function Se() {
    return { type: `break`, position: void 0 };
  }
  function Ce() {
    return { type: `html`, value: ``, position: void 0 };
  }
  function we() {
    return { type: `image`, title: null, url: ``, alt: null, position: void 0 };
  }
  function Te() {
    return { type: `link`, title: null, url: ``, children: [], position: void 0 };
  }
  function Ee(e) {
    return {
      type: `list`,
      ordered: e.type === `listOrdered`,
      start: null,
      spread: e._spread,
      children: [],
      position: void 0,
    };
  }
  function De(e) {
    return { type: `listItem`, spread: e._spread, checked: null, children: [], position: void 0 };
  }
  function Oe() {
    return { type: `paragraph`, children: [], position: void 0 };
  }
  function ke() {
    return { type: `strong`, children: [], position: void 0 };
  }
  function j() {
    return { type: `text`, value: ``, position: void 0 };
  }
  function Ae() {
    return { type: `thematicBreak`, position: void 0 };
  }
}
function Ef(e) {
  return { line: e.line, column: e.column, offset: e.offset };
}
function Df(e, t) {
  let n = -1;
  for (; ++n < t.length;) {
    let r = t[n];
    Array.isArray(r) ? Df(e, r) : Of(e, r);
  }
}
function Of(e, t) {
  let n;
  for (n in t)
    if (Cf.call(t, n))
      switch (n) {
        case `canContainEols`: {
          let r = t[n];
          r && e[n].push(...r);
          break;
        }
        case `transforms`: {
          let r = t[n];
          r && e[n].push(...r);
          break;
        }
        case `afterExit`:
        case `beforeEnter`: {
          let r = t[n];
          r && e[n].push(r);
          break;
        }
        case `enter`:
        case `exit`: {
          let r = t[n];
          r && Object.assign(e[n], r);
          break;
        }
      }
}
function kf(e, t) {
  throw Error(
    e
      ? 'Cannot close `' +
          e.type +
          '` (' +
          yf({ start: e.start, end: e.end }) +
          '): a different token (`' +
          t.type +
          '`, ' +
          yf({ start: t.start, end: t.end }) +
          `) is open`
      : 'Cannot close document, a token (`' +
          t.type +
          '`, ' +
          yf({ start: t.start, end: t.end }) +
          `) is still open`,
  );
}
function Af(e, t = {}) {
  let n = [];
  for (let r of e)
    switch (r.type) {
      case `text`:
        n.push({ text: r.value, ...t });
        break;
      case `strong`:
        n.push(...Af(r.children, { ...t, bold: !0 }));
        break;
      case `emphasis`:
        n.push(...Af(r.children, { ...t, italic: !0 }));
        break;
      case `link`:
        n.push(...Af(r.children, t));
        break;
      case `inlineCode`:
        n.push({ text: r.value, ...t });
        break;
      case `break`:
        n.push({ text: ` `, ...t });
    }
  return n;
}
function jf(e) {
  return e.type === `paragraph` || e.type === `heading`
    ? e.children
    : `children` in e
      ? e.children.flatMap((e) => [...jf(e), { type: `text`, value: ` ` }])
      : [];
}
function Mf(e, t) {
  if (e.type === `paragraph` || e.type === `heading`) {
    let n = Af(e.children);
    n.some((e) => e.text.trim()) && t.push({ kind: `p`, runs: n });
  } else
    e.type === `list`
      ? t.push({
          kind: `list`,
          ordered: !!e.ordered,
          items: e.children.map((e) => Af(e.children.flatMap((e) => jf(e))).filter((e) => e.text !== ``)),
        })
      : e.type === `blockquote` && e.children.forEach((e) => Mf(e, t));
}
function Nf(e) {
  let t = [];
  return (wf(e).children.forEach((e) => Mf(e, t)), t);
}
function Pf(e) {
  return Nf(e)
    .flatMap((e) => (e.kind === `p` ? [e.runs] : e.items))
    .map((e) => e.map((e) => e.text).join(``))
    .join(` `)
    .replace(/\s+/gu, ` `)
    .trim();
}
function Ff(e) {
  let t = Nf(e).find((e) => e.kind === `list`);
  if (t?.kind === `list` && t.items[0])
    return t.items[0]
      .map((e) => e.text)
      .join(``)
      .trim();
  let n = Pf(e);
  return (/^(.+?[.!?])(\s|$)/u.exec(n)?.[1] ?? n).trim();
}
function $(e, t) {
  return e.replace(/\{\{(\w+)\}\}/gu, (e, n) => String(t[n] ?? ``));
}
function If(e, t) {
  return t.map((t) => {
    let [n, r, i] = t.split(`.`),
      a = e.sources.find((e) => e.key === n);
    return { id: t, document: a?.title ?? n ?? t, section: a?.sections[r ?? ``] ?? r ?? ``, number: i ?? `` };
  });
}
function Lf(e, t, n) {
  if (!n) return e.answers.none;
  switch (n.kind) {
    case `scale`:
      return t.type === `frequency`
        ? (e.answers.frequency[n.value - 1] ?? ``)
        : (e.answers.likert[n.value - 1] ?? ``);
    case `instrument`:
      return e.answers.instrument[n.value];
    case `unknown`:
      return e.answers.unknown;
    case `na`:
      return e.answers.na;
    case `dilemma`:
      return $(e.dilemma.position, { now: Rf(n.now), desired: Rf(n.desired) });
    case `text`:
      return n.value;
  }
}
var Rf = (e) => (e == null ? `–` : e > 0 ? `+${e}` : String(e));
function zf(e) {
  return e === null ? `–` : `${Math.round(e * 100)}%`;
}
function Bf(e, t) {
  return t.level ? e.levels[t.level] : e.levels.none;
}
function Vf(e, t, n, r) {
  let i = If(e, n.item.sources),
    a = [
      $(t.priorities.yourAnswer, { answer: Lf(t, n.item, n.answer) }),
      ...(n.marked ? [t.priorities.marked] : []),
      ...(n.multiSource ? [$(t.priorities.multiSource, { count: hl(n.item.sources).length })] : []),
    ];
  return [
    { kind: `heading`, text: `${r}. ${n.item.t.text}` },
    { kind: `paragraph`, text: a.join(` · `), emphasis: `muted` },
    { kind: `markdown`, md: n.item.t.gap, blocks: Nf(n.item.t.gap) },
    { kind: `sources`, refs: i },
  ];
}
function Hf(e, t, n, r) {
  let i = t.item.t,
    a = [
      { kind: `heading`, text: i.text },
      {
        kind: `table`,
        head: [e.dilemma.left, e.dilemma.right, e.dilemma.now, e.dilemma.desired],
        rows: [[i.left ?? ``, i.right ?? ``, Rf(t.now), Rf(t.desired)]],
        widths: [3, 3, 1, 1],
      },
      { kind: `paragraph`, text: `${$(e.dilemma.leftRisk, { pole: i.left ?? `` })} ${i.leftRisk ?? ``}` },
      { kind: `paragraph`, text: `${$(e.dilemma.rightRisk, { pole: i.right ?? `` })} ${i.rightRisk ?? ``}` },
    ];
  return (
    r &&
      t.triggers.includes(`gap`) &&
      i.gap &&
      (a.push({ kind: `paragraph`, text: e.dilemma.gapAdvice, emphasis: `strong` }),
      a.push({ kind: `markdown`, md: i.gap, blocks: Nf(i.gap) })),
    r &&
      t.triggers.includes(`extreme`) &&
      i.extremes &&
      (a.push({ kind: `paragraph`, text: e.dilemma.extremeAdvice, emphasis: `strong` }),
      a.push({ kind: `markdown`, md: i.extremes, blocks: Nf(i.extremes) })),
    r && t.towardsSources.length && a.push({ kind: `sources`, refs: If(n, t.towardsSources) }),
    a
  );
}
function Uf(e, t, n, r) {
  let i = n,
    a = t.role ?? `bestuurder`,
    o = t.scope ?? { kind: `full` },
    s = Sl(e, a, o, t.answers),
    c = s.map((e) => e.id),
    l = {
      content: e,
      answers: t.answers,
      role: a,
      priorities: t.priorities,
      themes: t.reflection.themes,
      asked: c,
    },
    u = vl(e, t.answers, c),
    d = gl(l),
    f = _l(l),
    p = yl(e, t.answers, c),
    m = bl(e, t.answers),
    h = Cl(e, s, t.answers),
    g = (t) => e.modules.find((e) => e.id === t)?.title ?? t,
    _ = s.filter((e) => e.type === `open` && al(e, t.answers[e.id])),
    v = Gf(a),
    y = d.slice(0, v),
    b = r.date.slice(0, 10),
    ee = {
      kind: `radar`,
      title: i.profile.radarTitle,
      axes: u.map((e) => ({ label: g(e.moduleId), value: e.score })),
    },
    te = {
      kind: `table`,
      head: [i.profile.theme, i.profile.score, i.profile.level, i.profile.answered],
      rows: u.map((e) => [
        g(e.moduleId),
        zf(e.score),
        Bf(i, e),
        $(i.profile.answeredOf, { scored: e.scored, total: e.scorable, unknown: e.unknown }),
      ]),
      widths: [4, 1, 2, 2],
    },
    x = {
      kind: `paragraph`,
      emphasis: `muted`,
      text: $(i.profile.thresholds, { attention: zf(cl.attentionBelow), strong: zf(cl.strongFrom) }),
    },
    S = (e) =>
      f.length === 0
        ? [{ kind: `paragraph`, text: i.strengths.none }]
        : [{ kind: `list`, items: f.slice(0, e).map((e) => `${e.item.t.text} — ${e.item.t.strength}`) }],
    C = {
      kind: `table`,
      head: [i.dilemma.question, i.dilemma.now, i.dilemma.desired, i.dilemma.signal],
      rows: p.map((e) => [
        `${e.item.t.left} ↔ ${e.item.t.right}`,
        Rf(e.now),
        Rf(e.desired),
        e.triggers.map((e) => (e === `gap` ? i.dilemma.signalGap : i.dilemma.signalExtreme)).join(`, `) ||
          `–`,
      ]),
      widths: [5, 1, 1, 2],
    },
    w = m.length
      ? m.flatMap((t) => [
          {
            kind: `heading`,
            text: `${t.severity === `warning` ? i.flags.warning : i.flags.info}: ${t.title}`,
          },
          { kind: `markdown`, md: t.advice, blocks: Nf(t.advice) },
          { kind: `sources`, refs: If(e, t.sources) },
        ])
      : [{ kind: `paragraph`, text: i.flags.none }],
    T = u
      .filter((e) => e.weakInformation)
      .map((e) => ({
        kind: `paragraph`,
        text: $(i.findings.weakInformation, { theme: g(e.moduleId), unknown: e.unknown }),
      })),
    E = u
      .filter((e) => e.selfImage)
      .map((e) => ({
        kind: `paragraph`,
        text: $(e.selfImage === `rosier` ? i.findings.rosier : i.findings.harsher, { theme: g(e.moduleId) }),
      })),
    D = _.length
      ? _.map((e) => ({ kind: `quote`, text: t.answers[e.id].value, cite: e.t.text }))
      : [{ kind: `paragraph`, text: i.open.none }];
  t.reflection.notes.trim() && D.push({ kind: `quote`, text: t.reflection.notes, cite: i.open.notes });
  let ne = h.unanswered.length
      ? [
          { kind: `paragraph`, text: $(i.unanswered.intro, { count: h.unanswered.length, total: h.total }) },
          { kind: `list`, items: h.unanswered.map((e) => `${e.t.text} (${g(e.module)})`) },
        ]
      : [{ kind: `paragraph`, text: i.unanswered.none }],
    re = Wf(y),
    ie = t.actions.length ? t.actions : re,
    O = [
      ...(t.actions.length ? [] : [{ kind: `paragraph`, text: i.actions.proposedNote, emphasis: `muted` }]),
      {
        kind: `table`,
        head: [i.actions.action, i.actions.owner, i.actions.due, i.actions.status],
        rows: ie.map((e) => [e.text, e.owner || `–`, e.due || `–`, i.actions.statuses[e.status]]),
        widths: [6, 2, 2, 1.4],
      },
    ],
    ae = If(
      e,
      [
        ...new Set([
          ...y.flatMap((e) => e.item.sources),
          ...m.flatMap((e) => e.sources),
          ...p.flatMap((e) => e.item.sources),
        ]),
      ].sort(),
    ),
    oe = [
      { kind: `paragraph`, text: i.method.scores },
      {
        kind: `paragraph`,
        text: $(i.method.levels, { attention: zf(cl.attentionBelow), strong: zf(cl.strongFrom) }),
      },
      {
        kind: `paragraph`,
        text: $(i.method.priorities, {
          gap: zf(pl),
          marked: fl.marked,
          multi: fl.multiSource,
          role: fl.roleMatch,
          theme: fl.chosenTheme,
        }),
      },
      { kind: `paragraph`, text: $(i.method.unknown, { share: zf(ml) }) },
      { kind: `paragraph`, text: i.method.dilemmas },
      { kind: `paragraph`, text: i.method.flags },
      { kind: `paragraph`, text: $(i.method.version, { version: e.contentVersion }) },
      ...(t.baseline ? [{ kind: `paragraph`, text: i.compare.method }] : []),
    ],
    k = {
      id: `bronnen`,
      title: i.sections.sources,
      blocks: [
        { kind: `list`, items: e.sources.map((e) => `${e.title} — ${e.origin}`) },
        { kind: `paragraph`, text: i.sources.cited },
        { kind: `sources`, refs: ae },
      ],
    },
    se = { id: `methode`, title: i.sections.method, blocks: oe, pageBreak: !0 },
    ce = () =>
      u.map((e) => {
        let n = s.filter((t) => t.module === e.moduleId && t.type !== `open` && t.type !== `dilemma`);
        return {
          id: `thema-${e.moduleId}`,
          title: g(e.moduleId),
          blocks: [
            {
              kind: `paragraph`,
              text: `${i.profile.score}: ${zf(e.score)} · ${Bf(i, e)}`,
              emphasis: `strong`,
            },
            {
              kind: `table`,
              head: [i.details.statement, i.details.answer],
              rows: n.map((e) => [e.t.text, Lf(i, e, t.answers[e.id])]),
              widths: [4, 1.6],
            },
          ],
        };
      }),
    le = [
      { label: i.cover.role, value: i.roles[a] },
      ...(t.profile.gemeente ? [{ label: i.cover.gemeente, value: t.profile.gemeente }] : []),
      ...(t.profile.wijk ? [{ label: i.cover.wijk, value: t.profile.wijk }] : []),
      ...(t.profile.naam ? [{ label: i.cover.naam, value: t.profile.naam }] : []),
      { label: i.cover.date, value: b },
      { label: i.cover.scope, value: i.scopes[o.kind] },
      { label: i.cover.answered, value: $(i.cover.answeredOf, { answered: h.answered, total: h.total }) },
    ],
    ue = t.baseline ? kl(e, t.baseline, { answers: t.answers, targets: t.targets }, c) : null,
    de = t.baseline && ue ? [Xf(e, i, t.baseline, ue)] : [],
    fe;
  if (a === `projectleider`) {
    let n = {
      kind: `fields`,
      fields: [
        { label: i.cover.gemeente, value: t.profile.gemeente || `–` },
        { label: i.cover.wijk, value: t.profile.wijk || `–` },
        { label: i.memo.author, value: t.memo.auteur || t.profile.naam || `–` },
        { label: i.cover.date, value: t.memo.datum || b },
      ],
    };
    fe = [
      {
        id: `aanleiding`,
        title: i.sections.aanleiding,
        blocks: [n, { kind: `paragraph`, text: t.memo.aanleiding.trim() || i.memo.aanleidingDefault }],
      },
      { id: `stand`, title: i.sections.stand, blocks: [ee, te, x, ...T, ...E] },
      ...de,
      {
        id: `keuzes`,
        title: i.sections.keuzes,
        blocks: p.length
          ? [{ kind: `paragraph`, text: i.memo.keuzesIntro }, ...p.flatMap((t) => Hf(i, t, e, !0))]
          : [{ kind: `paragraph`, text: i.dilemma.none }],
      },
      {
        id: `voorstel`,
        title: i.sections.voorstel,
        blocks: y.length
          ? [
              { kind: `paragraph`, text: i.memo.besluitpuntenIntro },
              { kind: `list`, ordered: !0, items: y.map((e) => Ff(e.item.t.gap)) },
              ...y.flatMap((t, n) => Vf(e, i, t, n + 1)),
            ]
          : [{ kind: `paragraph`, text: i.priorities.none }],
      },
      { id: `risicos`, title: i.sections.risicos, blocks: [...w, ...T] },
      { id: `agenda`, title: i.sections.agenda, blocks: O },
      { id: `sterk`, title: i.sections.strengths, blocks: S(8) },
      { id: `reflectie`, title: i.sections.bijlageOpen, blocks: D, pageBreak: !0 },
      { id: `open`, title: i.sections.unanswered, blocks: ne },
      ...ce().map((e) => ({ ...e, title: `${i.sections.bijlageTheme}: ${e.title}` })),
      se,
      k,
    ];
  } else if (a === `trainer`) {
    let t = [
      { kind: `paragraph`, text: i.trainer.discussionIntro },
      {
        kind: `list`,
        items: [
          ...p
            .filter((e) => e.triggers.length)
            .map((e) =>
              $(i.trainer.dilemmaPoint, { left: e.item.t.left ?? ``, right: e.item.t.right ?? `` }),
            ),
          ...u
            .filter((e) => e.weakInformation)
            .map((e) => $(i.trainer.unknownPoint, { theme: g(e.moduleId) })),
          ...u
            .filter((e) => e.selfImage === `rosier`)
            .map((e) => $(i.trainer.selfImagePoint, { theme: g(e.moduleId) })),
          ...y.slice(0, 5).map((e) => $(i.trainer.gapPoint, { statement: e.item.t.text })),
        ],
      },
      { kind: `paragraph`, text: i.trainer.questionsIntro, emphasis: `strong` },
      { kind: `list`, items: s.filter((e) => e.type === `open`).map((e) => e.t.text) },
    ];
    fe = [
      { id: `profiel`, title: i.sections.profile, blocks: [ee, te, x] },
      ...de,
      { id: `gesprek`, title: i.sections.discussion, blocks: t },
      {
        id: `dilemmas`,
        title: i.sections.dilemmas,
        blocks: p.length ? p.flatMap((t) => Hf(i, t, e, !0)) : [{ kind: `paragraph`, text: i.dilemma.none }],
      },
      { id: `sterk`, title: i.sections.strengths, blocks: S(5) },
      {
        id: `prioriteiten`,
        title: i.sections.priorities,
        blocks: y.length
          ? y.flatMap((t, n) => Vf(e, i, t, n + 1))
          : [{ kind: `paragraph`, text: i.priorities.none }],
      },
      { id: `signalen`, title: i.sections.flags, blocks: w },
      { id: `reflectie`, title: i.sections.open, blocks: D },
      { id: `agenda`, title: i.sections.agenda, blocks: O },
      { id: `open`, title: i.sections.unanswered, blocks: ne },
      se,
      k,
    ];
  } else {
    let t = [
      [`college`, [`ver`, `stu`, `org`]],
      [`raad`, [`ver`, `mon`, `inf`]],
      [`partners`, [`net`, `cof`, `bew`]],
    ].map(([e, t]) => {
      let n = d.filter((e) => t.includes(e.item.module)).slice(0, 2);
      return {
        who: e,
        text: n.length
          ? $(i.talks[e], { topics: n.map((e) => `“${e.item.t.text}”`).join(i.talks.and) })
          : i.talks[`${e}None`],
      };
    });
    fe = [
      {
        id: `samenvatting`,
        title: i.sections.summary,
        blocks: [
          ee,
          te,
          x,
          { kind: `heading`, text: i.strengths.top3 },
          ...S(3),
          { kind: `heading`, text: i.priorities.top5 },
          y.length
            ? { kind: `list`, ordered: !0, items: y.map((e) => e.item.t.text) }
            : { kind: `paragraph`, text: i.priorities.none },
          { kind: `heading`, text: i.dilemma.positions },
          p.length ? C : { kind: `paragraph`, text: i.dilemma.none },
        ],
      },
      ...de,
      { id: `gesprekken`, title: i.sections.talks, blocks: [{ kind: `list`, items: t.map((e) => e.text) }] },
      {
        id: `prioriteiten`,
        title: i.sections.priorities,
        pageBreak: !0,
        blocks: y.length
          ? y.flatMap((t, n) => Vf(e, i, t, n + 1))
          : [{ kind: `paragraph`, text: i.priorities.none }],
      },
      { id: `signalen`, title: i.sections.flags, blocks: [...w, ...T, ...E] },
      {
        id: `dilemmas`,
        title: i.sections.dilemmas,
        blocks: p.length ? p.flatMap((t) => Hf(i, t, e, !0)) : [{ kind: `paragraph`, text: i.dilemma.none }],
      },
      { id: `sterk`, title: i.sections.strengths, blocks: S(10) },
      { id: `reflectie`, title: i.sections.open, blocks: D },
      { id: `agenda`, title: i.sections.agenda, blocks: O },
      ...ce(),
      { id: `open`, title: i.sections.unanswered, blocks: ne },
      se,
      k,
    ];
  }
  return {
    lang: e.lang,
    role: a,
    title: i.titles[a],
    subtitle: [t.profile.gemeente, t.profile.wijk].filter(Boolean).join(` · `) || t.name,
    cover: le,
    date: b,
    confidential: t.confidential,
    labels: i,
    sections: fe,
    facts: {
      modules: u,
      priorities: d.map((e) => ({
        itemId: e.item.id,
        priority: e.priority,
        score: e.score,
        sources: e.item.sources,
      })),
      strengths: f.map((e) => e.item.id),
      dilemmas: p.map((e) => ({ itemId: e.item.id, now: e.now, desired: e.desired, triggers: e.triggers })),
      flags: m.map((e) => e.id),
      unanswered: h.unanswered.map((e) => e.id),
      comparison: ue,
    },
  };
}
function Wf(e) {
  return e.map((e) => ({
    id: `voorstel-${e.item.id}`,
    text: Ff(e.item.t.gap),
    owner: ``,
    due: ``,
    status: `open`,
    itemId: e.item.id,
  }));
}
function Gf(e) {
  return e === `projectleider` ? 10 : 5;
}
function Kf(e) {
  return `${e.document} — ${e.section}${e.number ? ` (${e.number})` : ``}`;
}
function qf(e, t) {
  if (t === null) return `–`;
  let n = Math.round(Math.abs(t) * 100);
  return n === 0 ? e.compare.same : $(t > 0 ? e.compare.up : e.compare.down, { points: n });
}
function Jf(e, t) {
  if (t.target === null) return { target: `–`, toTarget: `–` };
  let n = zf(t.target),
    r = t.targetBy ? $(e.compare.targetBy, { level: n, date: t.targetBy }) : n;
  if (t.toTarget === null) return { target: r, toTarget: `–` };
  let i = Math.round(t.toTarget * 100);
  return { target: r, toTarget: i <= 0 ? e.compare.targetReached : $(e.compare.targetLeft, { points: i }) };
}
var Yf = 10;
function Xf(e, t, n, r) {
  let i = new Map(e.modules.flatMap((e) => e.items).map((e) => [e.id, e])),
    a = (t) => e.modules.find((e) => e.id === t)?.title ?? t,
    o = (e) => i.get(e)?.t.text ?? e,
    s = (e) => {
      let n = i.get(e.itemId);
      return $(t.compare.itemChange, {
        statement: o(e.itemId),
        before: n ? Lf(t, n, e.baselineAnswer) : ``,
        now: n ? Lf(t, n, e.nowAnswer) : ``,
        change: qf(t, e.delta),
      });
    },
    c = (e) => `${o(e)} (${a(i.get(e)?.module ?? ``)})`,
    l = (e, t) => (e.length ? { kind: `list`, items: e } : { kind: `paragraph`, text: t }),
    u = r.improvements.length,
    d = r.declines.length,
    f = [
      {
        kind: `paragraph`,
        emphasis: `lead`,
        text: $(t.compare.intro, {
          label: n.label,
          date: n.savedAt.slice(0, 10),
          source: t.compare.sources[n.source],
        }),
      },
      ...(r.contentChanged
        ? [
            {
              kind: `paragraph`,
              emphasis: `strong`,
              text: $(t.compare.contentChanged, { before: n.contentVersion, now: e.contentVersion }),
            },
          ]
        : []),
      { kind: `paragraph`, emphasis: `muted`, text: t.compare.basis },
      {
        kind: `radar`,
        title: t.compare.radarTitle,
        axes: r.modules.map((e) => ({
          label: a(e.moduleId),
          value: e.now,
          baseline: e.baseline,
          target: e.target,
        })),
      },
      {
        kind: `table`,
        head: [
          t.compare.theme,
          t.compare.baseline,
          t.compare.now,
          t.compare.change,
          t.compare.target,
          t.compare.toTarget,
        ],
        rows: r.modules.map((e) => {
          let n = Jf(t, e);
          return [a(e.moduleId), zf(e.baseline), zf(e.now), qf(t, e.delta), n.target, n.toTarget];
        }),
        widths: [3, 1.3, 1, 2, 2.2, 1.6],
      },
      { kind: `paragraph`, text: $(t.compare.summary, { better: u, worse: d, same: r.unchanged }) },
      { kind: `heading`, text: t.compare.improvements },
      l(r.improvements.slice(0, Yf).map(s), t.compare.noImprovements),
      { kind: `heading`, text: t.compare.declines },
      l(r.declines.slice(0, Yf).map(s), t.compare.noDeclines),
      { kind: `heading`, text: t.compare.dilemmas },
      l(
        r.dilemmasMoved.map((e) => {
          let n = i.get(e.itemId)?.t;
          return $(t.compare.dilemmaMove, {
            left: n?.left ?? ``,
            right: n?.right ?? ``,
            nowBefore: Rf(e.nowBefore),
            nowAfter: Rf(e.nowAfter),
            desiredBefore: Rf(e.desiredBefore),
            desiredAfter: Rf(e.desiredAfter),
          });
        }),
        t.compare.noDilemmas,
      ),
    ];
  r.newlyAnswered.length &&
    f.push(
      { kind: `heading`, text: t.compare.newlyAnswered },
      {
        kind: `list`,
        items: r.newlyAnswered.map((e) => {
          let n = i.get(e.itemId);
          return $(t.compare.newlyAnsweredItem, {
            statement: o(e.itemId),
            answer: n ? Lf(t, n, e.answer) : ``,
          });
        }),
      },
    );
  let p = (e, t, n) =>
    n.length
      ? [
          { kind: `heading`, text: e },
          { kind: `paragraph`, emphasis: `muted`, text: t },
          { kind: `list`, items: n },
        ]
      : [];
  return (
    f.push(
      ...p(t.compare.removed, t.compare.removedIntro, r.removedItems),
      ...p(t.compare.newItems, t.compare.newItemsIntro, r.newItems.map(c)),
      ...p(t.compare.onlyBaseline, t.compare.onlyBaselineIntro, r.onlyInBaseline.map(c)),
    ),
    { id: `vergelijking`, title: t.compare.section, blocks: f }
  );
}
function Zf(e, t, n = ``) {
  return {
    id: e,
    name: n,
    createdAt: t,
    updatedAt: t,
    step: `role`,
    role: null,
    profile: { gemeente: ``, wijk: ``, naam: `` },
    scope: null,
    index: 0,
    answers: {},
    priorities: [],
    skipped: [],
    reflection: { themes: [], notes: `` },
    actions: [],
    memo: { auteur: ``, datum: ``, aanleiding: `` },
    confidential: !1,
    workshop: null,
    baseline: null,
    targets: {},
  };
}
var Qf = [
  `We laten bewoners zelf beoordelen of een initiatief iets oplevert: met een korte terugblik na drie maanden, samen met de wijkcoach.`,
  `De raad stelt de kaders en vraagt twee keer per jaar om een gesprek met bewoners en partners, niet alleen om cijfers.`,
  `Wij koppelen wat we leren aan de voorjaarsnota; daar ontbreekt nu nog een vaste plek voor.`,
];
function $f(e, t) {
  switch (e.type) {
    case `likert`:
    case `frequency`: {
      let e = [2, 4, 3, 1, 5, 2, 4, 0, 3, 2, 5, -1],
        n = e[t % e.length] ?? 3;
      return n === 0 ? { kind: `unknown` } : n === -1 ? { kind: `na` } : { kind: `scale`, value: n };
    }
    case `instrument`: {
      let e = [`nee`, `deels`, `ja`, `gepland`];
      return { kind: `instrument`, value: e[t % e.length] ?? `nee` };
    }
    case `dilemma`: {
      let e = [
          [-3, 1],
          [0, 2],
          [2, 2],
          [-1, -3],
          [1, -1],
        ],
        [n, r] = e[t % e.length] ?? [0, 0];
      return { kind: `dilemma`, now: n, desired: r };
    }
    case `open`:
      return { kind: `text`, value: Qf[t % Qf.length] ?? `` };
  }
}
function ep(e, t = `bestuurder`, n = { kind: `full` }) {
  let r = Zf(`voorbeeld-1`, `2026-11-23T10:00:00.000Z`, `Voorbeeldscan Zaanwijk`),
    i = Sl(e, t, n ?? { kind: `full` }),
    a = Object.fromEntries(i.map((e, t) => [e.id, $f(e, t)]));
  return {
    ...r,
    role: t,
    scope: n,
    step: `done`,
    profile: { gemeente: `Gemeente Voorbeeld`, wijk: `Noordwijk-Oost`, naam: `A. de Vries` },
    answers: a,
    priorities: i.filter((e, t) => t % 9 == 0).map((e) => e.id),
    reflection: { themes: [`ver`, `mon`], notes: `Eerst de raad meenemen; daarna de partners in de wijk.` },
    memo: {
      auteur: `J. Jansen`,
      datum: `2026-11-23`,
      aanleiding: `De raad vroeg om een stand van zaken van de wijkaanpak in Noordwijk-Oost.`,
    },
  };
}
var tp = `modulepreload`,
  np = function (e, t) {
    return new URL(e, t).href;
  },
  rp = {},
  ip = function (e) {
    return e.pathname.endsWith(`.css`);
  },
  ap = function (e, t, n) {
    if (t in e) return e[t];
    let r = n();
    if (!r) {
      e[t] = void 0;
      return;
    }
    let i = r.then(
      () => {
        e[t] = void 0;
      },
      (n) => {
        throw ((e[t] = void 0), n);
      },
    );
    return ((e[t] = i), i);
  },
  op = function (e, t, n) {
    let r = Promise.resolve();
    if (t && t.length > 0) {
      let e,
        i = document.querySelector(`meta[property=csp-nonce]`),
        a = i?.nonce || i?.getAttribute(`nonce`);
      function o(e) {
        return Promise.all(
          e.map((e) =>
            Promise.resolve(e).then(
              (e) => ({ status: `fulfilled`, value: e }),
              (e) => ({ status: `rejected`, reason: e }),
            ),
          ),
        );
      }
      function s(e) {
        return import.meta.resolve ? new URL(import.meta.resolve(e)) : new URL(e, import.meta.url);
      }
      r = o(
        t
          .map((t) => {
            t = np(t, n);
            let r = s(t),
              i = ip(r);
            return ap(rp, r.href, () => {
              if (e === void 0) {
                e = { all: new Set(), styles: new Set() };
                let t = document.getElementsByTagName(`link`);
                for (let n = t.length - 1; n >= 0; n--) {
                  let r = t[n];
                  (e.all.add(r.href), r.rel === `stylesheet` && e.styles.add(r.href));
                }
              }
              if ((i ? e.styles : e.all).has(r.href)) return;
              let t = document.createElement(`link`);
              if (
                ((t.rel = i ? `stylesheet` : tp),
                i || (t.as = `script`),
                (t.crossOrigin = ``),
                (t.href = r.href),
                a && t.setAttribute(`nonce`, a),
                document.head.appendChild(t),
                i)
              )
                return new Promise((e, n) => {
                  let i = (a) => {
                    (t.removeEventListener(`load`, i),
                      t.removeEventListener(`error`, i),
                      a.type === `error` ? n(Error(`Unable to preload CSS for ${r}`)) : e(a));
                  };
                  (t.addEventListener(`load`, i), t.addEventListener(`error`, i));
                });
            });
          })
          .filter((e) => e !== void 0),
      );
    }
    function i(e) {
      let t = new Event(`vite:preloadError`, { cancelable: !0 });
      if (((t.payload = e), window.dispatchEvent(t), !t.defaultPrevented)) throw e;
    }
    return r.then((t) => {
      for (let e of t || []) e.status === `rejected` && i(e.reason);
      return e().catch(i);
    });
  };
window.runPdfBench = async (e, t = `bestuurder`) => {
  let n = el(`nl`),
    r = ep(n, t),
    i = rl(`nl`),
    a = [],
    o = () => {
      let e = performance.now(),
        t = Uf(n, r, i, { date: `2026-11-23` });
      return (a.push(performance.now() - e), t);
    },
    s = async () => {
      let e = o(),
        t = performance.now(),
        { renderPdf: n } = await op(
          async () => {
            let { renderPdf: e } = await import(`./render-pdf-mMlSSJ0w.js`);
            return { renderPdf: e };
          },
          [],
          import.meta.url,
        ),
        r = await n(e);
      return { ms: performance.now() - t, blob: r };
    },
    c = await s(),
    l = [];
  for (let t = 0; t < e; t++) l.push((await s()).ms);
  let u = new TextDecoder(`latin1`).decode(await c.blob.arrayBuffer());
  return {
    coldMs: c.ms,
    warmMs: l,
    modelMs: a,
    pages: (u.match(/\/Type \/Page\b/gu) ?? []).length,
    bytes: c.blob.size,
  };
};
export { $ as n, Kf as r, op as t };
