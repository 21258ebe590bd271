/**
 * Records passed between the pure ingest stages:
 * read (file → RawDocument) → segment (RawDocument → SegmentedArticle[])
 * → extract (SegmentedArticle → ArticleExtraction) → resolve (ArticleExtraction[] → GraphBatch).
 */
import type { HonourLevel, OrganizerRole, OrgType, ReportRole } from "../model/types.ts";

/** A file read into text. */
export interface RawDocument {
  /** Path as given by the user. */
  file: string;
  /** Original text (after decoding and PDF break repair), for display and evidence. */
  text: string;
  /**
   * Simplified-Chinese form of `text`, with exactly the same length, so that an offset
   * in one is the same offset in the other.
   */
  simplified: string;
  /** "txt" | "md" | "html" | "pdf" | "docx". */
  format: string;
  /** Detected input encoding, e.g. "UTF-8", "GB18030", "Big5", "UTF-16LE" ("binary" for pdf/docx). */
  encoding: string;
  /** Date from front matter, html meta or file name (ISO), if any. */
  date: string | null;
  /** Source / newspaper name from front matter or html meta, if any. */
  source: string | null;
  /** Title from front matter or html <title>/<h1>, if any (a hint for the segmenter). */
  titleHint: string | null;
  /** What the user should check (mixed encodings decoded line by line, OCR); the ingest summary lists them. */
  warnings?: string[];
  /**
   * Article regions found by the PDF layout analysis, in reading order: each is segmented on
   * its own, so articles are never merged across regions. `text` is the text joined by blank lines.
   */
  regions?: DocumentRegion[];
}

/** One article region of a printed page (see ingest/read/pdf-layout). */
export interface DocumentRegion {
  page: number;
  /** Kicker, headline, subtitle, byline, body paragraphs, captions: one paragraph a block. */
  text: string;
  headline: string | null;
  kicker: string | null;
  subtitle: string | null;
  /** Jump lines ("下转第2版", "上接第1版"), kept out of the text. */
  jumps: string[];
}

/** A byline or credit found by the segmenter. Offsets are into SegmentedArticle.text. */
export interface Credit {
  name: string;
  role: ReportRole;
  start: number;
  end: number;
}

/** One article cut from a page. `text` is a substring of the document (original characters). */
export interface SegmentedArticle {
  file: string;
  /** Position of the article on its page, from 0. */
  index: number;
  title: string;
  /** A text without a headline: `title` is the first clause of its body. */
  untitled?: true;
  subtitles: string[];
  /** Original text of the whole article, from its title to its last credit line. */
  text: string;
  /** Same length as `text`, simplified characters (match on this, show `text`). */
  simplified: string;
  /** Offset in `text` where the body starts (after title, subtitles and a leading byline). */
  bodyStart: number;
  credits: Credit[];
  date: string | null;
  source: string | null;
}

/** Where a fact is stated: a sentence of SegmentedArticle.text and the span inside it. */
export interface Span {
  /** Sentence start offset in the article text. */
  offset: number;
  sentence: string;
  /** Offsets inside `sentence`. */
  spanStart: number;
  spanEnd: number;
  /**
   * Id of the extraction rule that produced the fact (`ingest/extract/rules/`), e.g.
   * `speech.zuo-baogao`; shown by `extract --format json` and counted by `npm run eval -- --rules`.
   */
  rule?: string;
}

export interface HonourMention {
  /** Canonical name: scope + category, e.g. 全国劳动模范, 辽宁省五一劳动奖章, 大国工匠. */
  name: string;
  /** As printed, e.g. 全国劳模, 省劳动模范, 辽宁省五一劳动奖章获得者. */
  raw: string;
  scope: string;
  level: HonourLevel | null;
  category: string;
  year: number | null;
  evidence: Span;
}

export interface EmployerMention {
  org: string;
  orgType: OrgType;
  jobTitle: string | null;
  evidence: Span;
}

export interface SpeechMention {
  eventKey: string;
  talkTitle: string | null;
  evidence: Span;
}

export interface PersonMention {
  name: string;
  honours: HonourMention[];
  employers: EmployerMention[];
  spokeAt: SpeechMention[];
  aliases: { alias: string; evidence: Span }[];
  /** The first sentence naming the person. */
  evidence: Span;
}

export interface CollectiveMention {
  /** Name without the trailing honour word, e.g. …机电班. */
  name: string;
  honours: HonourMention[];
  spokeAt: SpeechMention[];
  evidence: Span;
}

export interface OrganizerMention {
  org: string;
  orgType: OrgType;
  role: OrganizerRole | null;
  evidence: Span;
}

export interface EventMention {
  /** Article-local key: e1, e2 … */
  key: string;
  name: string;
  theme: string | null;
  date: string | null;
  campaign: string | null;
  venues: { name: string; evidence: Span }[];
  organizers: OrganizerMention[];
  evidence: Span;
}

/** Everything extracted from one article. */
export interface ArticleExtraction {
  /** Deterministic id from file-independent content (hash of normalised title + text). */
  id: string;
  file: string;
  index: number;
  title: string;
  /** Set when the article had no headline (title = first clause of its body). */
  untitled?: true;
  subtitles: string[];
  text: string;
  date: string | null;
  source: string | null;
  credits: Credit[];
  events: EventMention[];
  persons: PersonMention[];
  collectives: CollectiveMention[];
  warnings: string[];
  /**
   * Every file the article was read from and the date each gave it (set by the journal; one
   * content under several names, or one article in several files, keeps them all).
   */
  sources?: ArticleSource[];
}

/** A file an article was read from, and the article's date as read from that file. */
export interface ArticleSource {
  file: string;
  date: string | null;
}
