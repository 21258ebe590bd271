/**
 * A bounded PDF renderer: one shared headless Chromium (started on first use, closed when idle
 * and on shutdown) that prints at most `concurrency` pages at once, each in its own offline
 * context; up to `queueLimit` more wait their turn, and beyond that a request is refused at once
 * with TooManyRequestsError (429 + Retry-After). Each render has a time limit.
 */
import type { Browser, BrowserContext } from "playwright-core";
import { z } from "zod";
import { TooManyRequestsError } from "../model/errors.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable } from "./chromium.ts";
import { PdfUnavailableError } from "./report-errors.ts";

export interface PdfPoolOptions {
  /** Pages printed at once (LAOMO_PDF_CONCURRENCY, default 2). */
  concurrency: number;
  /** Requests that may wait for a page (LAOMO_PDF_QUEUE, default 16); more get 429. */
  queueLimit: number;
  /** Time limit of one render, from page creation to the PDF (LAOMO_PDF_TIMEOUT_MS, default 60 s). */
  renderTimeoutMs: number;
  /** The browser closes after this long without a render (LAOMO_PDF_IDLE_MS, default 30 s). */
  idleMs: number;
}

const PdfEnv = z.object({
  LAOMO_PDF_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  LAOMO_PDF_QUEUE: z.coerce.number().int().min(0).max(1000).default(16),
  LAOMO_PDF_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(60_000),
  LAOMO_PDF_IDLE_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
});

/** The pool settings from the environment (validated; an invalid value stops the caller). */
export function pdfPoolOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): PdfPoolOptions {
  const blank = (v: string | undefined) => (v === "" ? undefined : v);
  const e = PdfEnv.parse({
    LAOMO_PDF_CONCURRENCY: blank(env.LAOMO_PDF_CONCURRENCY),
    LAOMO_PDF_QUEUE: blank(env.LAOMO_PDF_QUEUE),
    LAOMO_PDF_TIMEOUT_MS: blank(env.LAOMO_PDF_TIMEOUT_MS),
    LAOMO_PDF_IDLE_MS: blank(env.LAOMO_PDF_IDLE_MS),
  });
  return {
    concurrency: e.LAOMO_PDF_CONCURRENCY,
    queueLimit: e.LAOMO_PDF_QUEUE,
    renderTimeoutMs: e.LAOMO_PDF_TIMEOUT_MS,
    idleMs: e.LAOMO_PDF_IDLE_MS,
  };
}

const PDF_OPTIONS = {
  format: "A4",
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: true,
  headerTemplate: "<span></span>",
  footerTemplate:
    '<div style="font-size:8px;width:100%;text-align:center;color:#888;font-family:sans-serif"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
} as const;

/** How long closing a context may take before the whole browser is closed instead. */
const CLOSE_LIMIT_MS = 5000;

interface Waiter {
  resolve: () => void;
  reject: (e: Error) => void;
}

function within<T>(p: Promise<T>, ms: number): Promise<T | "late"> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

export class PdfPool {
  private browser: Promise<Browser> | null = null;
  private active = 0;
  private readonly waiting: Waiter[] = [];
  private idleTimer: NodeJS.Timeout | null = null;
  private closed = false;
  /** Mean render time (ms), for the Retry-After estimate. */
  private meanMs = 2000;
  /** For tests and logs: browsers started, most pages at once, requests refused. */
  readonly stats = { launches: 0, maxActive: 0, rejected: 0, timedOut: 0 };

  constructor(readonly opts: PdfPoolOptions) {}

  /**
   * Prints `html` to an A4 PDF (waits for a page, or throws TooManyRequestsError at once);
   * `timeoutMs` overrides the pool's render time limit for this call.
   */
  async render(html: string, opts: { timeoutMs?: number } = {}): Promise<Buffer> {
    if (!chromiumAvailable())
      throw new PdfUnavailableError(
        "PDF export needs Chromium on the server (apt-get install chromium, or set LAOMO_CHROMIUM)",
      );
    await this.acquire();
    const t0 = performance.now();
    try {
      const pdf = await this.renderOnce(html, opts.timeoutMs ?? this.opts.renderTimeoutMs);
      this.meanMs = 0.8 * this.meanMs + 0.2 * (performance.now() - t0);
      return pdf;
    } finally {
      this.release();
    }
  }

  /** Whether a browser is running (or starting). */
  get browserOpen(): boolean {
    return this.browser !== null;
  }

  /** Pages printing now and requests waiting. */
  get load(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length };
  }

  /** Refuses new work, fails the waiting requests and closes the browser. */
  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.waiting.splice(0))
      w.reject(new PdfUnavailableError("The PDF renderer is shutting down"));
    await this.closeBrowser();
  }

  private acquire(): Promise<void> {
    if (this.closed) return Promise.reject(new PdfUnavailableError("The PDF renderer is shutting down"));
    this.clearIdle();
    if (this.active < this.opts.concurrency) {
      this.active++;
      this.stats.maxActive = Math.max(this.stats.maxActive, this.active);
      return Promise.resolve();
    }
    if (this.waiting.length >= this.opts.queueLimit) {
      this.stats.rejected++;
      const ahead = this.active + this.waiting.length;
      const retryAfterS = Math.max(1, Math.ceil((ahead / this.opts.concurrency) * (this.meanMs / 1000)));
      return Promise.reject(
        new TooManyRequestsError(
          `Too many PDF reports are being made (${this.active} printing, ${this.waiting.length} waiting); try again in ${retryAfterS} s`,
          retryAfterS,
        ),
      );
    }
    // The slot passes from the finishing render straight to the first waiter (FIFO).
    return new Promise<void>((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) {
      next.resolve();
      return;
    }
    this.active--;
    if (this.active === 0) this.scheduleIdle();
  }

  private scheduleIdle(): void {
    this.clearIdle();
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.active === 0) void this.closeBrowser();
    }, this.opts.idleMs);
    this.idleTimer.unref();
  }

  private clearIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private launch(): Promise<Browser> {
    if (this.browser) return this.browser;
    this.stats.launches++;
    // playwright-core is loaded with the first PDF, not by every server start (about 0.9 s of CPU).
    const started = import("playwright-core").then(({ chromium }) =>
      chromium.launch({
        executablePath: CHROMIUM_PATH,
        args: [...CHROMIUM_ARGS],
        headless: true,
      }),
    );
    this.browser = started;
    started.then(
      (b) =>
        b.on("disconnected", () => {
          if (this.browser === started) this.browser = null;
        }),
      () => {
        if (this.browser === started) this.browser = null;
      },
    );
    return started;
  }

  private async closeBrowser(): Promise<void> {
    const b = this.browser;
    this.browser = null;
    if (!b) return;
    const browser = await b.catch(() => null);
    await browser?.close().catch(() => undefined);
  }

  private async renderOnce(html: string, limit: number): Promise<Buffer> {
    let context: BrowserContext | undefined;
    let timer: NodeJS.Timeout | undefined;
    let over = false;
    const work = (async () => {
      const browser = await this.launch();
      const ctx = await browser.newContext({ offline: true });
      if (over) {
        await ctx.close().catch(() => undefined);
        throw new PdfUnavailableError("The PDF render was given up");
      }
      context = ctx;
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      return await page.pdf(PDF_OPTIONS);
    })();
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        this.stats.timedOut++;
        reject(new PdfUnavailableError(`The PDF took longer than ${Math.round(limit / 1000)} s to print`));
      }, limit);
    });
    try {
      return await Promise.race([work, timeout]);
    } catch (err) {
      if (err instanceof PdfUnavailableError) throw err;
      console.error("[pdf] Chromium failed:", err);
      throw new PdfUnavailableError("Chromium could not print this report", { cause: err });
    } finally {
      over = true;
      clearTimeout(timer);
      work.catch(() => undefined);
      // A page stuck in a script may not close: then the whole browser goes (the next render starts one).
      if (context && (await within(context.close(), CLOSE_LIMIT_MS).catch(() => "late")) === "late")
        await this.closeBrowser();
    }
  }
}

let shared: PdfPool | null = null;

/** The process-wide pool (settings from the environment on first use). */
export function sharedPdfPool(): PdfPool {
  shared ??= new PdfPool(pdfPoolOptionsFromEnv());
  return shared;
}

/** Closes the process-wide pool, if any (shutdown, end of a CLI run). */
export async function closeSharedPdfPool(): Promise<void> {
  const pool = shared;
  shared = null;
  await pool?.close();
}
