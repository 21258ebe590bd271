/**
 * The printed test pages: eight layouts (2 to 6 columns, spanning headlines, a kicker, a boxed
 * sidebar, a photo with caption in the columns, a vertical headline, jump lines, a two-page
 * PDF; mastheads, folios, ads and an index box that are not articles).
 */
import * as ah from "./articles-anhui.ts";
import * as fj from "./articles-fujian.ts";
import * as jx from "./articles-jiangxi.ts";
import * as zj from "./articles-zhejiang.ts";
import { withFiller } from "./filler.ts";
import type { PageSpec } from "./render-html.ts";
import type { Chrome } from "./types.ts";

const PAPER = "江海工人报";
const DATE = "2025年5月20日 星期二";
const W = 820;
const H = 1000;

const masthead = (page: number, section: string): Chrome => ({
  kind: "masthead",
  paper: PAPER,
  date: DATE,
  page,
  section,
});
const folio = (page: number, section: string): Chrome => ({
  kind: "folio",
  paper: PAPER,
  date: DATE,
  page,
  section,
});

export const TEST_PAGES: PageSpec[] = [
  {
    name: "p1-two-columns",
    about: "2 columns; masthead with date line; a headline across both columns",
    width: W,
    height: H,
    sheets: [
      {
        top: [masthead(1, "要闻")],
        columns: 2,
        blocks: [
          { article: withFiller(ah.portTalk, 6, 0), column: "1 / span 2", bodyColumns: 2, headSize: 28 },
          { article: withFiller(ah.weldContest, 5, 4), column: "1", bodyColumns: 1 },
          { article: withFiller(ah.mindTalk, 5, 7), column: "2", bodyColumns: 1 },
        ],
      },
    ],
  },
  {
    name: "p2-three-columns-kicker",
    about: "3 columns; kicker over a headline with a subtitle; folio line",
    width: W,
    height: H,
    sheets: [
      {
        top: [folio(2, "工会新闻")],
        columns: 3,
        blocks: [
          { article: withFiller(fj.medalForum, 5, 1), column: "1 / span 3", bodyColumns: 3, headSize: 28 },
          { article: withFiller(fj.coolSummer, 5, 5), column: "1 / span 2", bodyColumns: 2 },
          { article: withFiller(fj.flowerClass, 4, 2), column: "3", bodyColumns: 1, headSize: 17 },
        ],
      },
    ],
  },
  {
    name: "p3-four-columns-sidebar-ad",
    about: "4 columns; a boxed sidebar beside a 3-column article; an ad box",
    width: W,
    height: H,
    sheets: [
      {
        top: [folio(3, "劳模风采")],
        columns: 4,
        blocks: [
          { article: withFiller(ah.campusCraft, 5, 3), column: "1 / span 3", bodyColumns: 3, headSize: 26 },
          {
            article: withFiller(ah.welderProfile, 4, 6),
            column: "4",
            row: "1 / span 2",
            bodyColumns: 1,
            boxed: true,
            headSize: 17,
          },
          { article: withFiller(ah.homeCare, 5, 0), column: "1 / span 2", bodyColumns: 2 },
          {
            chrome: {
              kind: "ad",
              title: "职工书屋 好书相伴",
              lines: ["全年订阅优惠进行中", "订阅热线：0000-12345678", "江海工人报发行部"],
            },
            column: "3",
          },
        ],
      },
    ],
  },
  {
    name: "p4-five-columns-photo-index",
    about: "5 columns; a photo with caption inside the columns; an index box (导读)",
    width: W,
    height: H,
    sheets: [
      {
        top: [masthead(1, "要闻")],
        columns: 5,
        blocks: [
          {
            chrome: {
              kind: "index",
              entries: ["交通系统创新成果交流 第2版", "劳模风采 第3版", "职工文体 第4版", "法律服务 第5版"],
            },
            column: "1",
          },
          {
            article: withFiller(fj.metroTalk, 5, 2),
            column: "2 / span 4",
            row: "1 / span 2",
            bodyColumns: 4,
            headSize: 28,
          },
          { article: withFiller(fj.basketball, 3, 8), column: "1", bodyColumns: 1, headSize: 15 },
        ],
      },
    ],
  },
  {
    name: "p5-six-columns",
    about: "6 columns; headlines spanning 4, 2 and 3 columns",
    width: W,
    height: H,
    sheets: [
      {
        top: [folio(2, "产业工人")],
        columns: 6,
        blocks: [
          {
            article: withFiller(zj.innovationShow, 4, 4),
            column: "1 / span 4",
            bodyColumns: 4,
            headSize: 24,
          },
          { article: withFiller(zj.bookDonation, 4, 1), column: "5 / span 2", bodyColumns: 2, headSize: 16 },
          { article: withFiller(zj.studioUnion, 4, 6), column: "1 / span 3", bodyColumns: 3, headSize: 18 },
          { article: withFiller(zj.safetyQuiz, 4, 9), column: "4 / span 3", bodyColumns: 3, headSize: 18 },
        ],
      },
    ],
  },
  {
    name: "p6-vertical-headline",
    about: "4 columns; a vertical headline beside a 3-column body",
    width: W,
    height: H,
    sheets: [
      {
        top: [folio(4, "职工风采")],
        columns: 4,
        blocks: [
          {
            article: withFiller(jx.powerYouth, 8, 0),
            column: "1 / span 4",
            bodyColumns: 3,
            headSize: 30,
            vertical: true,
          },
          { article: withFiller(jx.warmVisit, 6, 5), column: "1 / span 2", bodyColumns: 2 },
          { article: withFiller(jx.restCamp, 6, 8), column: "3 / span 2", bodyColumns: 2 },
        ],
      },
    ],
  },
  {
    name: "p7-jump-lines",
    about: "4 columns; an article continued from page 1 (上接第1版) and one that jumps to page 3 (下转第3版)",
    width: W,
    height: H,
    sheets: [
      {
        top: [folio(2, "综合新闻")],
        columns: 4,
        blocks: [
          { article: withFiller(jx.refineryTail, 6, 1), column: "1 / span 2", bodyColumns: 2, headSize: 18 },
          {
            article: withFiller(jx.ceramicsHead, 7, 3),
            column: "3 / span 2",
            row: "1 / span 2",
            bodyColumns: 2,
            headSize: 22,
          },
          { article: withFiller(jx.chessMatch, 5, 6), column: "1 / span 2", bodyColumns: 2, headSize: 18 },
        ],
      },
    ],
  },
  {
    name: "p8-two-pages",
    about: "a two-page PDF: masthead page (3 columns) and an inside page (4 columns) with an ad",
    width: W,
    height: H,
    sheets: [
      {
        top: [masthead(1, "要闻")],
        columns: 3,
        blocks: [
          { article: withFiller(ah.copperStart, 6, 2), column: "1 / span 3", bodyColumns: 3, headSize: 26 },
          { article: withFiller(ah.teaReport, 5, 6), column: "1 / span 2", bodyColumns: 2 },
          { article: withFiller(ah.guideContest, 4, 9), column: "3", bodyColumns: 1, headSize: 16 },
        ],
      },
      {
        top: [folio(2, "工会新闻")],
        columns: 4,
        blocks: [
          { article: withFiller(fj.medalForum, 4, 0), column: "1 / span 4", bodyColumns: 4, headSize: 24 },
          { article: withFiller(ah.mindTalk, 6, 4), column: "1 / span 2", bodyColumns: 2 },
          {
            chrome: {
              kind: "ad",
              title: "职工法律援助热线",
              lines: ["劳动争议 免费咨询", "0000-87654321", "江海市职工服务中心"],
            },
            column: "3 / span 2",
          },
        ],
      },
    ],
  },
];
