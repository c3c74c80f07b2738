/* engine.c - the extraction pipeline and its thread pool.
 *
 * Workers take document indexes in order; each result waits in a slot of a
 * small ring until the calling thread has delivered every document before
 * it.  A worker that runs too far ahead (more than the ring holds) waits, so
 * memory stays bounded.  Output is identical whatever the number of jobs.
 */
#include "cc_engine.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct cc_engine {
  cc_lexicon *lx;
  cc_recog *recog;
  cc_entity_model *ents;
  cc_ruleset *rules;
  cc_limits limits;
};

const char *cc_engine_default_rules(const char *explicit_dir) {
  if (explicit_dir)
    return explicit_dir;
  const char *env = getenv("CLAIMCHECK_RULES");
  if (env && env[0])
    return env;
#ifdef CC_RULES_DIR
  if (access(CC_RULES_DIR "/lexicon", R_OK) == 0)
    return CC_RULES_DIR;
#endif
  return "rules";
}

/* Names the rules folder itself when it is missing or is not one, rather
 * than the lexicon file that happens to be opened first. */
static int S_rules_dir_ok(const char *dir, cc_err *err) {
  struct stat st;
  if (stat(dir, &st) != 0) {
    cc_err_set(err,
               "%s: cannot open rules folder: %s (give --rules DIR or set "
               "CLAIMCHECK_RULES)",
               dir, strerror(errno));
    return -1;
  }
  if (!S_ISDIR(st.st_mode)) {
    cc_err_set(err, "%s: rules folder is not a folder", dir);
    return -1;
  }
  char lexdir[4096];
  snprintf(lexdir, sizeof lexdir, "%s/lexicon", dir);
  if (stat(lexdir, &st) != 0 || !S_ISDIR(st.st_mode)) {
    cc_err_set(err,
               "%s: not a rules folder: it has no lexicon/ folder (see "
               "rules/README.md)",
               dir);
    return -1;
  }
  return 0;
}

/* The word-list loaders name a bad row "units.csv:341: ...": give the
 * lexicon folder's path as the user wrote it, and quote the row, which
 * holds the bad value (an error path: the file is read again). */
static void S_lexicon_where(cc_err *err, const char *lexdir) {
  const char *m = err->msg;
  size_t n = strspn(m, "abcdefghijklmnopqrstuvwxyz0123456789_-");
  if (n == 0 || strncmp(m + n, ".csv:", 5) != 0)
    return;
  unsigned line = (unsigned)strtoul(m + n + 5, NULL, 10);
  char *row = NULL;
  cc_buf path = CC_BUF_INIT;
  cc_buf_printf(&path, "%s/%.*s.csv", lexdir, (int)n, m);
  FILE *f = fopen(path.ptr, "r");
  char buf[512];
  for (unsigned k = 1; f && fgets(buf, sizeof buf, f); k++)
    if (k == line) {
      buf[strcspn(buf, "\r\n")] = '\0';
      row = buf;
      break;
    }
  if (f)
    fclose(f);
  cc_err e2;
  if (row && !strchr(m, '\'')) /* (a message that quotes the value: enough) */
    cc_err_set(&e2, "%s/%s (row '%s')", lexdir, m, row);
  else
    cc_err_set(&e2, "%s/%s", lexdir, m);
  *err = e2;
  cc_buf_free(&path);
}

/* The tables the recognizers and the entity finder read.  Each is
 * required: a missing one had silently turned a check off (no places:
 * no zone from an article's place, no warning of an unknown place) while
 * others stopped the run; a table with its header line and no rows turns
 * its words off on purpose. */
static const char *const S_TABLES[] = {
    "abbreviations", "currencies", "firstnames", "fractions",  "holidays",
    "lunar_dates",   "months",     "name_words", "national_days",
    "nations",       "numbers",    "open_ends",  "ordinals",   "percent",
    "places",        "qualifiers", "ranges",     "ratios",     "scales",
    "shares",        "temporal",   "time_units", "titles",     "translit",
    "unit_cues",     "units",      "vague",      "weekdays",   "zones", "nicknames"};

static int S_lexicon_complete(const cc_lexicon *lx, const char *lexdir,
                              cc_err *err) {
  for (size_t i = 0; i < sizeof S_TABLES / sizeof *S_TABLES; i++)
    if (!cc_lex_table_get(lx, S_TABLES[i])) {
      cc_err_set(err,
                 "%s/%s.csv: lexicon table missing (every table of the "
                 "shipped rules/lexicon is needed; one with only its header "
                 "line turns its words off)",
                 lexdir, S_TABLES[i]);
      return -1;
    }
  return 0;
}

int cc_engine_new(const char *rules_dir, const cc_limits *limits,
                  cc_engine **out, cc_err *err) {
  *out = NULL;
  if (S_rules_dir_ok(rules_dir, err) != 0)
    return -1;
  cc_engine *e = cc_xcalloc(1, sizeof *e);
  if (limits)
    e->limits = *limits;
  char lexdir[4096];
  snprintf(lexdir, sizeof lexdir, "%s/lexicon", rules_dir);
  if (cc_lexicon_load(lexdir, &e->lx, err) != 0 ||
      S_lexicon_complete(e->lx, lexdir, err) != 0) {
    cc_engine_free(&e);
    return -1;
  }
  if (cc_recog_new(e->lx, &e->recog, err) != 0 ||
      cc_entity_model_new(e->lx, &e->ents, err) != 0) {
    S_lexicon_where(err, lexdir);
    cc_engine_free(&e);
    return -1;
  }
  if (cc_rules_load(rules_dir, e->lx, &e->rules, err) != 0) {
    cc_engine_free(&e);
    return -1;
  }
  /* (the rules added the last words to the lexicon's word table) */
  cc_entity_model_cover_ids(e->ents);
  cc_recog_cover_ids(e->recog);
  *out = e;
  return 0;
}

void cc_engine_free(cc_engine **ep) {
  if (!ep || !*ep)
    return;
  cc_engine *e = *ep;
  cc_rules_free(&e->rules);
  cc_entity_model_free(&e->ents);
  cc_recog_free(&e->recog);
  cc_lexicon_free(&e->lx);
  cc_xfree(e);
  *ep = NULL;
}

const cc_lexicon *cc_engine_lexicon(const cc_engine *e) { return e->lx; }
const cc_ruleset *cc_engine_rules(const cc_engine *e) { return e->rules; }

/* cc_engine_process; the claims go into a store made for into when it is
 * not NULL: *keep when it is not NULL (a store made for into, emptied by
 * cc_claim_store_reuse; taken: *keep is then NULL), else a new one. */
/* The stages of one document, in order.  S_process runs them back to
 * back; a job's batch (S_batch) runs each over all of its documents
 * before the next. */
static void S_stage_segment(const cc_engine *e, const cc_doc *doc,
                            cc_arena *arena, cc_docresult *r) {
  memset(r, 0, sizeof *r);
  r->doc = doc;
  cc_seg_limits sl = {e->limits.max_sentence_tokens};
  cc_segment(doc, cc_lexicon_abbrevs(e->lx), &sl, arena, &r->seg);
  r->zone = doc->meta.timezone[0] ? doc->meta.timezone : NULL;
  if (!r->zone)
    r->zone = cc_recog_doc_zone(e->recog, &r->seg, &r->zone_inferred);
}

static void S_stage_recognize(const cc_engine *e, const cc_doc *doc,
                              cc_arena *arena, cc_docresult *r) {
  cc_recog_ctx ctx = {
      .has_date = doc->meta.date_src != CC_DATE_NONE,
      .doc_date = doc->meta.date,
      .date_inferred = doc->meta.date_src == CC_DATE_INFERRED,
      .zone = r->zone,
      .zone_inferred = r->zone_inferred,
      .max_mentions_per_sentence = e->limits.max_mentions_per_sentence};
  cc_recognize(e->recog, &r->seg, &ctx, arena, &r->mentions, &r->nmentions);
}

static void S_stage_entities(const cc_engine *e, cc_arena *arena,
                             cc_docresult *r) {
  cc_entities_find(e->ents, &r->seg, arena, &r->entities, &r->nentities);
}

static void S_stage_rules(const cc_engine *e, cc_claim_set *into,
                          cc_claim_store **keep, cc_docresult *r) {
  if (into && keep && *keep) {
    r->claims = *keep;
    *keep = NULL;
  } else {
    r->claims = into ? cc_claim_store_new_for(into) : cc_claim_store_new();
  }
  cc_doc_view v = {r->doc,      &r->seg,      r->mentions, r->nmentions,
                   r->entities, r->nentities, r->zone,     r->zone_inferred,
                   e->recog};
  cc_rules_apply(e->rules, &v, r->claims);
}

/* One document (into, keep: as S_stage_rules; keep's store is taken, *keep
 * then NULL). */
static void S_process(const cc_engine *e, const cc_doc *doc, cc_arena *arena,
                      bool want_claims, cc_claim_set *into,
                      cc_claim_store **keep, cc_docresult *r) {
  S_stage_segment(e, doc, arena, r);
  S_stage_recognize(e, doc, arena, r);
  if (!want_claims) /* mentions only: people and places serve the rules */
    return;
  S_stage_entities(e, arena, r);
  S_stage_rules(e, into, keep, r);
}

void cc_engine_process(const cc_engine *e, const cc_doc *doc, cc_arena *arena,
                       bool want_claims, cc_docresult *r) {
  S_process(e, doc, arena, want_claims, NULL, NULL, r);
}

/* ---- the run ------------------------------------------------------------------ */

/* The calling thread is one of the jobs: it delivers finished documents in
 * order and, while the next one is not finished, processes documents itself
 * instead of sleeping.  So --jobs N runs N threads for N cores (a delivering
 * thread beside N workers used to take the cores from them and be woken for
 * every document), and nobody is woken unless somebody sleeps: the caller
 * sleeps only when every free slot is taken and the document it waits for
 * is still being processed, a worker only when the window is full. */

typedef struct S_slot {
  bool ready;
  int rc;    /* cc_corpus_read result */
  size_t bytes; /* the document's length, counted in S_run.inflight */
  cc_doc *doc;
  cc_doc *spare;   /* the slot's last document, its struct and text memory
                      kept for the next one (cc_corpus_read_reuse) */
  cc_arena *arena; /* kept for the slot's next document: reset, not freed */
  cc_claim_store *keep; /* an empty store made for the run's set, for the
                           slot's next document (S_release), or taken from
                           a job's pool by S_do */
  int job;              /* the job that processed it: whose pool its
                           memory returns to */
  cc_docresult res;
  cc_err err;
  cc_buf warns; /* warnings raised while reading and processing, replayed
                   when the slot is delivered so they come in corpus order */
} S_slot;

/* Memory that delivered documents leave for the next ones a job takes,
 * last in first out, returned to the pool of the job that processed the
 * document: empty stores made for into (cc_claim_store_reuse: a calloc, an
 * arena and its first chunk less a document), arenas and text memory.
 * Memory kept in the slots instead, chosen by the document's index, cycled
 * through all of the window's (16 MB of arena chunks at --jobs 2) however
 * few documents were in flight, so each document wrote memory long out of
 * cache; and memory shared by the jobs moved between the cores' caches.
 * From the top of its own pool a job reuses what it wrote last. */
typedef struct S_pool {
  cc_claim_store **keep;
  size_t nkeep;
  cc_arena **arenas;
  size_t narenas;
  cc_doc **spares;
  size_t nspares;
} S_pool;

typedef struct S_run {
  const cc_engine *e;
  const cc_corpus *c;
  bool want_claims;
  cc_claim_set *into; /* stores made for it (cc_engine_run_into), or NULL */
  size_t avail;     /* documents known to exist (the corpus may be walking) */
  bool ended;       /* ... and there are no more than avail */
  size_t next, emit, window;
  size_t few;       /* documents always allowed in flight, however long */
  size_t inflight;  /* bytes of the finished documents not yet delivered */
  size_t waited;    /* index the caller sleeps on, or SIZE_MAX */
  int idle;         /* workers sleeping for a free slot */
  bool stop;
  S_slot *slots;
  S_pool *pools; /* one a job */
  int jobs;
  pthread_mutex_t mu;
  pthread_cond_t ready, space;
} S_run;

/* Text memory a slot keeps for its next document: more (a rare long
 * file) is freed, so that the window's slots do not each hold the largest
 * file they saw. */
#define S_SPARE_MAX ((size_t)1 << 20)

static void S_release(S_slot *s) {
  if (s->res.claims && !s->keep && cc_claim_store_reuse(s->res.claims))
    s->keep = s->res.claims; /* (a store made for the run's set) */
  else
    cc_claim_store_free(&s->res.claims);
  s->res.claims = NULL;
  cc_arena_reset(s->arena);
  if (s->doc && !s->spare && s->doc->cap <= S_SPARE_MAX)
    s->spare = s->doc;
  else
    cc_doc_free(s->doc);
  s->doc = NULL;
  cc_buf_reset(&s->warns);
  s->ready = false;
}

static void S_slot_free(S_slot *s) {
  if (s->ready)
    S_release(s);
  cc_arena_free(&s->arena);
  cc_claim_store_free(&s->keep);
  cc_buf_free(&s->warns);
  cc_doc_free(s->spare);
  s->spare = NULL;
}

/* Text held by finished documents waiting for delivery beyond which only
 * `few` documents are in flight: the window is wide so that the others run
 * on while the caller pauses, and this keeps it from holding dozens of
 * documents near the file size limit (with their tokens and mentions). */
#define S_INFLIGHT_MAX ((size_t)32 << 20)

/* Under the lock: whether document R->next may be taken now (not when
 * all are taken, the window is full, or the run stopped). */
static bool S_can_take(const S_run *R) {
  if (R->stop || R->next >= R->avail || R->next >= R->emit + R->window)
    return false;
  return R->inflight <= S_INFLIGHT_MAX || R->next < R->emit + R->few;
}

/* Documents a job takes at once at most (S_take), and the text a batch
 * of them reaches before its stages run (S_batch).  Each stage of the
 * pipeline is a large body of code with its own tables; run document by
 * document, every stage evicted the one before it from the instruction
 * cache and the branch predictor.  Run over a batch of documents each
 * stays warm: in the cache simulation (1 MB, cachegrind) instruction-
 * cache misses fell 18% and mispredicted branches 16% for as many
 * instructions, and CPU time at 100 MB 9% (paired runs).  Batches of 12,
 * 16 or 24 documents measured the same, 32 worse; the byte bound keeps a
 * batch of long documents from holding all of their tokens at once.
 * Consecutive documents are taken across folders: a story's articles are
 * neighbours, so most of them still meet one thread's caches. */
#define S_RUN_MAX 16
#define S_BATCH_BYTES ((size_t)64 << 10)

/* Under the lock: the next documents, *i and the *n - 1 after it (up to
 * S_RUN_MAX), or false when there is none to take now. */
static bool S_take(S_run *R, size_t *i, size_t *n) {
  if (!S_can_take(R))
    return false;
  *i = R->next++;
  *n = 1;
  while (*n < S_RUN_MAX && S_can_take(R)) {
    R->next++;
    ++*n;
  }
  return true;
}

/* Under the lock: slot s's memory from job's pool, else from another
 * job's (so that no more of each exist than slots: one is made only when
 * every pool is empty), else none (made when needed). */
static void S_equip(S_run *R, S_slot *s, int job) {
  for (int k = 0; k < R->jobs; k++) {
    S_pool *p = &R->pools[(job + k) % R->jobs];
    if (!s->keep && p->nkeep)
      s->keep = p->keep[--p->nkeep];
    if (!s->arena && p->narenas)
      s->arena = p->arenas[--p->narenas];
    if (!s->spare && p->nspares)
      s->spare = p->spares[--p->nspares];
  }
  s->job = job;
}

/* Under the lock: a delivered slot's memory back to its job's pool.  No
 * more of each exist than slots (S_equip), so the pool has room; the tests
 * keep that an assumption that cannot overrun it. */
static void S_unequip(S_run *R, S_slot *s) {
  S_pool *p = &R->pools[s->job];
  if (s->keep) {
    if (p->nkeep < R->window)
      p->keep[p->nkeep++] = s->keep;
    else
      cc_claim_store_free(&s->keep);
    s->keep = NULL;
  }
  if (s->arena && p->narenas < R->window) {
    p->arenas[p->narenas++] = s->arena;
    s->arena = NULL;
  }
  if (s->spare && p->nspares < R->window) {
    p->spares[p->nspares++] = s->spare;
    s->spare = NULL;
  }
}

/* Unlocked: the stages of documents ss[0..n), each stage over all of
 * them before the next (see S_RUN_MAX); warnings go to each document's
 * slot. */
static void S_stages(S_run *R, S_slot **ss, size_t n) {
  const cc_engine *e = R->e;
  for (size_t k = 0; k < n; k++)
    if (ss[k]->rc == 0) {
      cc_warn_capture(&ss[k]->warns);
      S_stage_segment(e, ss[k]->doc, ss[k]->arena, &ss[k]->res);
    }
  for (size_t k = 0; k < n; k++)
    if (ss[k]->rc == 0) {
      cc_warn_capture(&ss[k]->warns);
      S_stage_recognize(e, ss[k]->doc, ss[k]->arena, &ss[k]->res);
    }
  if (!R->want_claims)
    return;
  for (size_t k = 0; k < n; k++)
    if (ss[k]->rc == 0) {
      cc_warn_capture(&ss[k]->warns);
      S_stage_entities(e, ss[k]->arena, &ss[k]->res);
    }
  for (size_t k = 0; k < n; k++)
    if (ss[k]->rc == 0) {
      cc_warn_capture(&ss[k]->warns);
      S_stage_rules(e, R->into, &ss[k]->keep, &ss[k]->res);
    }
}

/* Unlocked: read documents first .. first + n - 1 into slots ss[0..n) and
 * process them, in batches of up to S_BATCH_BYTES of text (and the
 * document that crosses it).  A document that cannot be read keeps its
 * rc and error for delivery; the others go on. */
static void S_batch(S_run *R, S_slot **ss, size_t first, size_t n) {
  for (size_t k0 = 0; k0 < n;) {
    size_t k1 = k0, bytes = 0;
    while (k1 < n && bytes < S_BATCH_BYTES) {
      S_slot *s = ss[k1];
      cc_warn_capture(&s->warns);
      s->rc = cc_corpus_read_reuse(R->c, first + k1, &s->spare, &s->doc,
                                   &s->err);
      if (s->rc == 0) {
        bytes += s->doc->len;
        if (!s->arena)
          s->arena = cc_arena_new();
      }
      k1++;
    }
    S_stages(R, ss + k0, k1 - k0);
    k0 = k1;
  }
  cc_warn_capture(NULL);
}

/* Process documents i .. i + n - 1 (taken under the lock) with the lock
 * released, and mark them ready; wakes the caller only if it sleeps on
 * one of them. */
static void S_do(S_run *R, size_t i, size_t n, int job) {
  S_slot *ss[S_RUN_MAX];
  for (size_t k = 0; k < n; k++) {
    ss[k] = &R->slots[(i + k) % R->window];
    S_equip(R, ss[k], job);
  }
  pthread_mutex_unlock(&R->mu);
  S_batch(R, ss, i, n);
  pthread_mutex_lock(&R->mu);
  for (size_t k = 0; k < n; k++) {
    ss[k]->ready = true;
    ss[k]->bytes = ss[k]->doc ? ss[k]->doc->len : 0;
    R->inflight += ss[k]->bytes;
    if (R->waited == i + k)
      pthread_cond_signal(&R->ready);
  }
}

/* Under the lock: wait, with it released, until document want exists or
 * the corpus is known to end before it (its folders may still be walked);
 * returns cc_corpus_wait's answer, err filled when it is -1. */
static int S_learn(S_run *R, size_t want, cc_err *err) {
  pthread_mutex_unlock(&R->mu);
  int w = cc_corpus_wait(R->c, want, err);
  size_t known = cc_corpus_count(R->c);
  pthread_mutex_lock(&R->mu);
  if (known > R->avail)
    R->avail = known;
  if (w <= 0)
    R->ended = true;
  return w;
}

typedef struct S_worker_arg {
  S_run *R;
  int job;
} S_worker_arg;

static void *S_worker(void *ud) {
  S_run *R = ((S_worker_arg *)ud)->R;
  int job = ((S_worker_arg *)ud)->job;
  pthread_mutex_lock(&R->mu);
  for (;;) {
    size_t i, n;
    if (S_take(R, &i, &n)) {
      S_do(R, i, n, job);
      continue;
    }
    if (R->stop || (R->ended && R->next >= R->avail))
      break;
    if (R->next >= R->avail && R->next < R->emit + R->window) {
      S_learn(R, R->next, NULL);
      continue;
    }
    R->idle++;
    pthread_cond_wait(&R->space, &R->mu);
    R->idle--;
  }
  pthread_mutex_unlock(&R->mu);
  return NULL;
}

/* Deliver one finished slot; returns -1 to stop the run. */
static int S_deliver(S_slot *s, cc_doc_cb cb, void *ud, cc_run_stats *st,
                     cc_err *err) {
  cc_warn_replay(&s->warns);
  if (s->rc < 0) {
    *err = s->err;
    return -1;
  }
  if (s->rc > 0) {
    st->skipped++;
    return 0;
  }
  st->docs++;
  st->bytes += s->doc->len;
  if (cb && cb(&s->res, ud) != 0) {
    cc_err_set(err, "stopped");
    return -1;
  }
  return 0;
}

/* One job: batches of up to S_RUN_MAX documents (S_batch), delivered
 * in order; a stop or an unreadable document ends the run there, the rest
 * of its batch processed but not delivered, as with more jobs. */
static int S_run_serial(S_run *R, cc_doc_cb cb, void *ud, cc_run_stats *st,
                        cc_err *err) {
  S_slot slots[S_RUN_MAX];
  S_slot *ss[S_RUN_MAX];
  memset(slots, 0, sizeof slots);
  for (size_t k = 0; k < S_RUN_MAX; k++)
    ss[k] = &slots[k];
  int rc = 0;
  for (size_t i = 0; rc == 0;) {
    int w = cc_corpus_wait(R->c, i, err);
    if (w <= 0) {
      rc = w;
      break;
    }
    /* a whole batch when the walk has one (it is far ahead but at the
     * start): batches then do not depend on the walker's pace, so runs
     * do the same work (callgrind counts stay steady); a walk that ended,
     * or failed, leaves the documents it found, and the next wait above
     * reports its error */
    (void)cc_corpus_wait(R->c, i + S_RUN_MAX - 1, NULL);
    size_t n = cc_corpus_count(R->c) - i;
    if (n > S_RUN_MAX)
      n = S_RUN_MAX;
    S_batch(R, ss, i, n);
    for (size_t k = 0; k < n; k++) {
      if (rc == 0)
        rc = S_deliver(ss[k], cb, ud, st, err);
      S_release(ss[k]);
    }
    i += n;
  }
  for (size_t k = 0; k < S_RUN_MAX; k++)
    S_slot_free(&slots[k]);
  return rc;
}

/* The caller's part: wait for document i, working while it waits. */
static void S_await(S_run *R, size_t i) {
  S_slot *s = &R->slots[i % R->window];
  pthread_mutex_lock(&R->mu);
  while (!s->ready) {
    size_t j;
    size_t n;
    if (S_take(R, &j, &n)) {
      S_do(R, j, n, 0);
      continue;
    }
    R->waited = i;
    pthread_cond_wait(&R->ready, &R->mu);
    R->waited = SIZE_MAX;
  }
  pthread_mutex_unlock(&R->mu);
}

/* The caller's part: whether document i exists (1), the corpus ended before
 * it (0) or its walk failed (-1, err filled). */
static int S_known(S_run *R, size_t i, cc_err *err) {
  pthread_mutex_lock(&R->mu);
  int w = i < R->avail ? 1 : S_learn(R, i, err);
  pthread_mutex_unlock(&R->mu);
  return w;
}

static int S_run_threads(S_run *R, int jobs, cc_doc_cb cb, void *ud,
                         cc_run_stats *st, cc_err *err) {
  int nth = jobs - 1; /* the caller is the last job */
  pthread_t *th = cc_xcalloc((size_t)nth, sizeof *th);
  S_worker_arg *arg = cc_xcalloc((size_t)nth, sizeof *arg);
  int started = 0, rc = 0;
  for (; started < nth; started++) {
    arg[started] = (S_worker_arg){R, started + 1}; /* (the caller is 0) */
    if (pthread_create(&th[started], NULL, S_worker, &arg[started]) != 0)
      break;
  }
  for (size_t i = 0; rc == 0; i++) {
    int w = S_known(R, i, err);
    if (w <= 0) {
      rc = w;
      break;
    }
    S_await(R, i);
    S_slot *s = &R->slots[i % R->window];
    rc = S_deliver(s, cb, ud, st, err);
    S_release(s); /* the slot is the caller's until emit passes it */
    pthread_mutex_lock(&R->mu);
    S_unequip(R, s);
    R->inflight -= s->bytes;
    R->emit = i + 1;
    R->stop = rc != 0;
    if (R->stop)
      pthread_cond_broadcast(&R->space);
    else if (R->idle)
      pthread_cond_signal(&R->space);
    pthread_mutex_unlock(&R->mu);
  }
  pthread_mutex_lock(&R->mu); /* (a walk that failed stops the workers) */
  R->stop = true;
  pthread_cond_broadcast(&R->space);
  pthread_mutex_unlock(&R->mu);
  for (int k = 0; k < started; k++)
    pthread_join(th[k], NULL);
  cc_xfree(arg);
  cc_xfree(th);
  return rc;
}

static void S_pool_free(S_pool *p) {
  for (size_t k = 0; k < p->nkeep; k++)
    cc_claim_store_free(&p->keep[k]);
  for (size_t k = 0; k < p->narenas; k++)
    cc_arena_free(&p->arenas[k]);
  for (size_t k = 0; k < p->nspares; k++)
    cc_doc_free(p->spares[k]);
  cc_xfree(p->keep);
  cc_xfree(p->arenas);
  cc_xfree(p->spares);
}

static int S_engine_run(const cc_engine *e, const cc_corpus *c, int jobs,
                        bool want_claims, cc_claim_set *into, cc_doc_cb cb,
                        void *ud, cc_run_stats *stats, cc_err *err) {
  cc_run_stats st = {0};
  if (jobs <= 0) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    jobs = n > 0 ? (int)(n > 64 ? 64 : n) : 1;
  }
  S_run R = {.e = e, .c = c, .want_claims = want_claims, .into = into};
  /* fewer documents than jobs: as many jobs as documents (a corpus still
   * being walked answers once it has that many, or has ended) */
  if (cc_corpus_wait(c, (size_t)jobs - 1, NULL) <= 0) {
    size_t n = cc_corpus_count(c);
    jobs = (int)(n ? n : 1);
  }
  R.avail = cc_corpus_count(c);
  int rc;
  if (jobs == 1) {
    rc = S_run_serial(&R, cb, ud, &st, err);
  } else {
    /* 8 slots a job, and 48 more for the caller's pauses: while it is
     * descheduled or busy with a long document the others fill the window
     * and then sleep (with 8 slots a job, a loaded machine made them sleep
     * a third of the time). */
    R.window = (size_t)jobs * 8 + 48;
    R.few = (size_t)jobs * 4;
    R.waited = SIZE_MAX;
    R.slots = cc_xcalloc(R.window, sizeof *R.slots);
    R.jobs = jobs;
    R.pools = cc_xcalloc((size_t)jobs, sizeof *R.pools);
    for (int k = 0; k < jobs; k++) {
      R.pools[k].keep = cc_xcalloc(R.window, sizeof *R.pools[k].keep);
      R.pools[k].arenas = cc_xcalloc(R.window, sizeof *R.pools[k].arenas);
      R.pools[k].spares = cc_xcalloc(R.window, sizeof *R.pools[k].spares);
    }
    pthread_mutex_init(&R.mu, NULL);
    pthread_cond_init(&R.ready, NULL);
    pthread_cond_init(&R.space, NULL);
    rc = S_run_threads(&R, jobs, cb, ud, &st, err);
    pthread_cond_destroy(&R.space);
    pthread_cond_destroy(&R.ready);
    pthread_mutex_destroy(&R.mu);
    /* slots finished by workers after a stop, and every slot's arena */
    for (size_t k = 0; k < R.window; k++)
      S_slot_free(&R.slots[k]);
    for (int k = 0; k < R.jobs; k++)
      S_pool_free(&R.pools[k]);
    cc_xfree(R.pools);
    cc_xfree(R.slots);
  }
  if (stats)
    *stats = st;
  return rc;
}

int cc_engine_run(const cc_engine *e, const cc_corpus *c, int jobs,
                  bool want_claims, cc_doc_cb cb, void *ud,
                  cc_run_stats *stats, cc_err *err) {
  return S_engine_run(e, c, jobs, want_claims, NULL, cb, ud, stats, err);
}

int cc_engine_run_into(const cc_engine *e, const cc_corpus *c, int jobs,
                       cc_claim_set *into, cc_doc_cb cb, void *ud,
                       cc_run_stats *stats, cc_err *err) {
  return S_engine_run(e, c, jobs, true, into, cb, ud, stats, err);
}
