/**
 * Shared words of growth and coverage: the mastery methods with a plain explanation, the
 * sources, the coverage states and the notes that keep every view truthful (no evidence yet,
 * other scales normalised, evidence on an earlier framework version).
 */
export const growthNl = {
  method: {
    'most-recent': {
      name: 'Meest recent',
      explain: 'Het niveau van het laatst gemaakte werk telt. Goed als je wilt zien waar een leerling nu staat.',
    },
    highest: {
      name: 'Hoogste',
      explain: 'Het hoogste niveau dat de leerling ooit liet zien telt. Eén uitschieter is genoeg.',
    },
    mean: {
      name: 'Gemiddelde',
      explain: 'Alle bewijs telt even zwaar, oud en nieuw. Vroege fouten blijven meetellen.',
    },
    'decaying-average': {
      name: 'Afnemend gemiddelde',
      explain:
        'Het nieuwste werk telt voor {{newest}} %, alles daarvoor samen voor {{rest}} %. Groei weegt zo zwaarder dan het begin, maar één keer slecht werk telt niet alles.',
    },
    'mean-last-n': {
      name: 'Gemiddelde van de laatste {{n}}',
      explain: 'Alleen de laatste {{n}} keer telt, elk even zwaar. Ouder werk telt niet meer mee.',
    },
  },
  source: {
    examinator: 'Examinator',
    'tweede-examinator': 'Tweede examinator',
    zelf: 'Zelfbeoordeling',
    peer: 'Medeleerling',
    opdrachtgever: 'Opdrachtgever',
  },
  coverage: {
    'niet-gezien': 'Nog niet gezien',
    formatief: 'Formatief gezien',
    afgesloten: 'Summatief afgesloten',
  },
  noEvidence: 'Nog geen bewijs.',
  oneEvidence: 'Eén keer gezien: te weinig voor een lijn.',
  normalised: 'Bewijs op een schaal met een ander aantal niveaus is omgerekend naar {{size}} niveaus.',
  retiredVersion: 'Vastgelegd op een eerdere versie van het kader ({{code}}).',
  countedFrom_one: 'Berekend uit {{count}} keer bewijs',
  countedFrom_other: 'Berekend uit {{count}} keer bewijs',
};

export const growthEn: typeof growthNl = {
  method: {
    'most-recent': {
      name: 'Most recent',
      explain: 'The level of the latest work counts. Good for seeing where a student stands now.',
    },
    highest: {
      name: 'Highest',
      explain: 'The highest level the student ever showed counts. One peak is enough.',
    },
    mean: {
      name: 'Mean',
      explain: 'All evidence counts equally, old and new. Early mistakes keep counting.',
    },
    'decaying-average': {
      name: 'Decaying average',
      explain:
        'The newest work counts for {{newest}} %, everything before it together for {{rest}} %. Growth weighs more than the start, but one bad day does not decide everything.',
    },
    'mean-last-n': {
      name: 'Mean of the last {{n}}',
      explain: 'Only the last {{n}} pieces count, each equally. Older work no longer counts.',
    },
  },
  source: {
    examinator: 'Examiner',
    'tweede-examinator': 'Second examiner',
    zelf: 'Self-assessment',
    peer: 'Peer',
    opdrachtgever: 'Client',
  },
  coverage: {
    'niet-gezien': 'Not seen yet',
    formatief: 'Seen formatively',
    afgesloten: 'Closed summatively',
  },
  noEvidence: 'No evidence yet.',
  oneEvidence: 'Seen once: too little for a line.',
  normalised: 'Evidence on a scale with another number of levels has been converted to {{size}} levels.',
  retiredVersion: 'Recorded on an earlier version of the framework ({{code}}).',
  countedFrom_one: 'Computed from {{count}} piece of evidence',
  countedFrom_other: 'Computed from {{count}} pieces of evidence',
};
