import type { ComponentCode } from './components';
import type { Locale } from './locale';

/**
 * The default partner questionnaire that every coalition starts with (version 1). Coalitions may
 * publish their own versions later; item codes stay attached to one wording, so a statement that
 * is reworded must get a new code rather than reuse one of these.
 *
 * The statements were written for this product. They cover the themes of published instruments
 * on inter-organisational collaboration, but no wording is taken from them.
 */

export type LocalisedText = Readonly<Record<Locale, string>>;

export const DIMENSION_CODES = ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const;
export type DimensionCode = (typeof DIMENSION_CODES)[number];

export type LikertValue = 1 | 2 | 3 | 4 | 5;
export const LIKERT_VALUES: readonly LikertValue[] = [1, 2, 3, 4, 5];

export interface LikertItemDefinition {
  /** A1 … G5: the dimension letter and the position within the dimension. */
  code: string;
  kind: 'likert';
  text: LocalisedText;
}

export interface OpenItemDefinition {
  code: 'O1' | 'O2';
  kind: 'open';
  text: LocalisedText;
}

export type ItemDefinition = LikertItemDefinition | OpenItemDefinition;

export interface DimensionDefinition {
  code: DimensionCode;
  name: LocalisedText;
  component: ComponentCode;
  items: readonly LikertItemDefinition[];
}

export interface ScaleDefinition {
  points: Readonly<Record<LikertValue, LocalisedText>>;
  /** Shown as a separate choice; such answers are left out of every mean. */
  dontKnow: LocalisedText;
}

export interface InstrumentDefinition {
  code: string;
  version: number;
  name: LocalisedText;
  dimensions: readonly DimensionDefinition[];
  openQuestions: readonly OpenItemDefinition[];
  scale: ScaleDefinition;
}

export const AGREE_SCALE = {
  points: {
    1: { nl: 'Helemaal oneens', en: 'Strongly disagree' },
    2: { nl: 'Oneens', en: 'Disagree' },
    3: { nl: 'Niet eens, niet oneens', en: 'Neither agree nor disagree' },
    4: { nl: 'Eens', en: 'Agree' },
    5: { nl: 'Helemaal eens', en: 'Strongly agree' },
  },
  dontKnow: { nl: 'Weet niet / niet van toepassing', en: 'Don’t know / not applicable' },
} as const satisfies ScaleDefinition;

function likert(code: string, nl: string, en: string): LikertItemDefinition {
  return { code, kind: 'likert', text: { nl, en } };
}

export const DEFAULT_INSTRUMENT = {
  code: 'partnervragenlijst',
  version: 1,
  name: { nl: 'Partnervragenlijst samenwerking', en: 'Partner questionnaire on collaboration' },
  dimensions: [
    {
      code: 'A',
      name: { nl: 'Gedeelde doelen en eigenaarschap', en: 'Shared goals and ownership' },
      component: 'samenwerken_leren',
      items: [
        likert(
          'A1',
          'Binnen de coalitie werken we aan een concreet doel dat alle partners delen.',
          'Within the coalition we work towards a concrete goal that all partners share.',
        ),
        likert(
          'A2',
          'Ik voel me mede-eigenaar van wat de coalitie wil bereiken.',
          'I feel co-owner of what the coalition wants to achieve.',
        ),
        likert(
          'A3',
          'Onze doelen staan op papier en zijn zo geformuleerd dat we kunnen nagaan of we ze halen.',
          'Our goals are written down in a way that lets us check whether we reach them.',
        ),
        likert(
          'A4',
          'Als het belang van het gezin en dat van mijn organisatie botsen, gaat het gezin voor.',
          'When the interests of the family and of my organisation clash, the family comes first.',
        ),
        likert(
          'A5',
          'Collega’s op de werkvloer van mijn organisatie weten wat de coalitie van plan is.',
          'Colleagues on the work floor of my organisation know what the coalition plans to do.',
        ),
      ],
    },
    {
      code: 'B',
      name: { nl: 'Elkaar kennen en vertrouwen', en: 'Knowing and trusting each other' },
      component: 'samenwerken_leren',
      items: [
        likert(
          'B1',
          'Als ik me zorgen maak over een gezin, weet ik wie ik bij de andere partners kan bellen.',
          'When I am worried about a family, I know whom to call at the other partners.',
        ),
        likert(
          'B2',
          'We zien elkaar vaak genoeg om de samenwerking levend te houden.',
          'We meet often enough to keep the collaboration alive.',
        ),
        likert(
          'B3',
          'Ik vertrouw erop dat professionals van andere organisaties deskundig zijn en doen wat ze toezeggen.',
          'I trust that professionals from other organisations know their field and do what they promise.',
        ),
        likert(
          'B4',
          'Meningsverschillen tussen partners bespreken we open, en we komen er samen uit.',
          'Disagreements between partners are discussed openly, and we resolve them together.',
        ),
        likert(
          'B5',
          'Nieuwe collega’s worden wegwijs gemaakt in de coalitie en maken kennis met de andere partners.',
          'New colleagues are shown the way in the coalition and get to know the other partners.',
        ),
      ],
    },
    {
      code: 'C',
      name: { nl: 'Mandaat, regie en betrokkenheid', en: 'Mandate, governance and involvement' },
      component: 'samenwerken_leren',
      items: [
        likert(
          'C1',
          'De vertegenwoordigers in het kernteam kunnen namens hun organisatie besluiten nemen.',
          'The representatives in the core team can take decisions on behalf of their organisation.',
        ),
        likert(
          'C2',
          'Er is een coördinator die de samenwerking actief aanjaagt en bij elkaar houdt.',
          'There is a coordinator who actively drives the collaboration and holds it together.',
        ),
        likert(
          'C3',
          'Alle partners die nodig zijn voor gezinnen in een kwetsbare situatie doen mee.',
          'All partners needed for families in vulnerable situations take part.',
        ),
        likert(
          'C4',
          'Overleggen van de coalitie zijn goed voorbereid en leiden tot duidelijke afspraken.',
          'Coalition meetings are well prepared and lead to clear agreements.',
        ),
        likert(
          'C5',
          'Partners blijven ook op de lange termijn betrokken, niet alleen bij de start.',
          'Partners stay involved over the long term, not only at the start.',
        ),
      ],
    },
    {
      code: 'D',
      name: { nl: 'Informatie delen', en: 'Sharing information' },
      component: 'informatie_delen',
      items: [
        likert(
          'D1',
          'Het is duidelijk welke informatie ik met welke partner mag delen, en op welke grondslag.',
          'It is clear which information I may share with which partner, and on what legal basis.',
        ),
        likert(
          'D2',
          'Ouders weten welke informatie we over hen delen en geven toestemming waar dat nodig is.',
          'Parents know what information we share about them and give consent where that is needed.',
        ),
        likert(
          'D3',
          'Bij een overdracht krijg ik de informatie over een gezin op tijd en volledig.',
          'At a handover I receive the information about a family on time and complete.',
        ),
        likert(
          'D4',
          'We dragen informatie over gezinnen over via één afgesproken kanaal of formulier.',
          'We hand over information about families through one agreed channel or form.',
        ),
        likert(
          'D5',
          'Ik weet wat ik moet doen als ik me zorgen maak, maar informatie niet mag delen.',
          'I know what to do when I am worried but am not allowed to share information.',
        ),
      ],
    },
    {
      code: 'E',
      name: { nl: 'Stem van ouders en reflectie', en: 'Parents’ voice and reflection' },
      component: 'reflecteren',
      items: [
        likert(
          'E1',
          'Ervaringen van (aanstaande) ouders komen bij ons als coalitie terecht.',
          'The experiences of (expectant) parents reach us as a coalition.',
        ),
        likert(
          'E2',
          'Wat ouders ons vertellen, leidt tot veranderingen in hoe we werken.',
          'What parents tell us leads to changes in how we work.',
        ),
        likert(
          'E3',
          'Ervaringsdeskundigen denken mee over de aanpak van de coalitie.',
          'Experts by experience help shape the coalition’s approach.',
        ),
        likert(
          'E4',
          'Na afloop bespreken we met elkaar hoe de zorg rond een gezin is verlopen.',
          'Afterwards we discuss together how the care around a family went.',
        ),
        likert(
          'E5',
          'De doelen die het gezin zelf stelt, zijn leidend in wat we samen doen.',
          'The goals the family sets itself lead what we do together.',
        ),
      ],
    },
    {
      code: 'F',
      name: { nl: 'Integraal plan', en: 'Integrated care plan' },
      component: 'integraal_behandelplan',
      items: [
        likert(
          'F1',
          'Voor gezinnen in een kwetsbare situatie maken we één gezamenlijk plan met alle betrokken partners.',
          'For families in vulnerable situations we make one joint plan with all partners involved.',
        ),
        likert(
          'F2',
          'Bij elk gezin met een gezamenlijk plan is duidelijk wie de zorg coördineert.',
          'For every family with a joint plan it is clear who coordinates the care.',
        ),
        likert(
          'F3',
          'Het plan gaat zowel over de medische als over de sociale situatie van het gezin.',
          'The plan covers both the medical and the social situation of the family.',
        ),
        likert(
          'F4',
          'Na de bevalling loopt het plan door bij de jeugdgezondheidszorg.',
          'After the birth the plan continues with youth health care.',
        ),
        likert(
          'F5',
          'We gaan na of de acties die in het plan zijn afgesproken, ook zijn uitgevoerd.',
          'We check whether the actions agreed in the plan have been carried out.',
        ),
      ],
    },
    {
      code: 'G',
      name: { nl: 'Meten, leren en resultaten', en: 'Measuring, learning and results' },
      component: 'meten_weten',
      items: [
        likert(
          'G1',
          'We bekijken de cijfers van de coalitie regelmatig met elkaar.',
          'We review the coalition’s figures together regularly.',
        ),
        likert(
          'G2',
          'Ik begrijp de cijfers waarmee we werken en vertrouw erop dat ze kloppen.',
          'I understand the figures we work with and trust that they are right.',
        ),
        likert(
          'G3',
          'Uitkomsten van metingen leiden bij ons tot concrete verbeteringen.',
          'Measurement results lead to concrete improvements.',
        ),
        likert(
          'G4',
          'We leren van de ervaringen van andere coalities Kansrijke Start.',
          'We learn from the experiences of other Kansrijke Start coalitions.',
        ),
        likert(
          'G5',
          'We kunnen laten zien wat de coalitie oplevert voor gezinnen.',
          'We can show what the coalition achieves for families.',
        ),
      ],
    },
  ],
  openQuestions: [
    {
      code: 'O1',
      kind: 'open',
      text: {
        nl: 'Wat gaat er goed in de samenwerking binnen de coalitie?',
        en: 'What goes well in the collaboration within the coalition?',
      },
    },
    {
      code: 'O2',
      kind: 'open',
      text: {
        nl: 'Wat moet er beter, en wat is daarvoor nodig?',
        en: 'What should improve, and what would that take?',
      },
    },
  ],
  scale: AGREE_SCALE,
} as const satisfies InstrumentDefinition;

/** Every item in questionnaire order: the statements by dimension, then the open questions. */
export function instrumentItems(instrument: InstrumentDefinition): ItemDefinition[] {
  return [...instrument.dimensions.flatMap((dimension) => dimension.items), ...instrument.openQuestions];
}
