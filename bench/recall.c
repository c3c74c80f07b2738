/* recall.c - planted-discrepancy recall for `make bench`.
 *
 *   recall PLANTS.csv FINDINGS.jsonl [MISSES.csv]
 *
 * PLANTS.csv is what gen wrote (kind,doc,line_first,line_last,detail);
 * FINDINGS.jsonl is `claimcheck check --format jsonl` over the same corpus
 * (run from the folder holding corpus/, so the paths agree).  A plant is
 * found when a discrepancy of its check names a claim on one of the
 * planted sentence's lines, on either side of the finding.  Prints one
 * line per kind and a total:
 *   recall KIND found/planted PERCENT
 *   recall all found/planted PERCENT
 *   unplanted N      (discrepancies touching no planted sentence)
 * and, with MISSES.csv, writes there the plants that were not found.
 */
#define _POSIX_C_SOURCE 200809L
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uthash.h>

typedef struct hit {
  char *key;        /* "doc\x1fline" */
  char **checks;    /* checks of the discrepancies that name this line */
  size_t n, cap;
  UT_hash_handle hh;
} hit;

static char *xstrdup(const char *s) {
  char *p = strdup(s);
  if (!p) {
    perror("recall");
    exit(2);
  }
  return p;
}

static void make_key(char *buf, size_t n, const char *doc, long line) {
  snprintf(buf, n, "%s\x1f%ld", doc, line);
}

static hit *hit_get(hit **set, const char *doc, long line, int create) {
  char key[4200];
  make_key(key, sizeof key, doc, line);
  hit *h = NULL;
  HASH_FIND_STR(*set, key, h);
  if (!h && create) {
    h = calloc(1, sizeof *h);
    if (!h) {
      perror("recall");
      exit(2);
    }
    h->key = xstrdup(key);
    HASH_ADD_KEYPTR(hh, *set, h->key, strlen(h->key), h);
  }
  return h;
}

static void hit_add(hit *h, const char *check) {
  if (h->n == h->cap) {
    h->cap = h->cap ? h->cap * 2 : 4;
    h->checks = realloc(h->checks, h->cap * sizeof *h->checks);
    if (!h->checks) {
      perror("recall");
      exit(2);
    }
  }
  h->checks[h->n++] = xstrdup(check);
}

typedef struct plant {
  char kind[32], doc[4096];
  long first, last;
} plant;

static int parse_plant(char *line, plant *p) {
  char *f[5];
  int n = 0;
  for (char *s = strtok(line, ",\n"); s && n < 5; s = strtok(NULL, ",\n"))
    f[n++] = s;
  if (n < 4)
    return 0;
  snprintf(p->kind, sizeof p->kind, "%s", f[0]);
  snprintf(p->doc, sizeof p->doc, "%s", f[1]);
  p->first = atol(f[2]);
  p->last = atol(f[3]);
  return p->first > 0;
}

/* Every discrepancy, indexed by the (doc, line) of each side. */
static size_t load_findings(const char *path, hit **set, json_t **all) {
  FILE *f = fopen(path, "r");
  if (!f) {
    perror(path);
    exit(2);
  }
  *all = json_array();
  char *line = NULL;
  size_t cap = 0, n = 0;
  while (getline(&line, &cap, f) > 0) {
    json_error_t e;
    json_t *o = json_loads(line, 0, &e);
    if (!o) {
      fprintf(stderr, "recall: %s: %s\n", path, e.text);
      exit(2);
    }
    const char *verdict = json_string_value(json_object_get(o, "verdict"));
    const char *check = json_string_value(json_object_get(o, "check"));
    if (!verdict || strcmp(verdict, "discrepancy") != 0 || !check) {
      json_decref(o);
      continue;
    }
    static const char *const sides[2][2] = {{"doc_a", "line_a"},
                                            {"doc_b", "line_b"}};
    for (int s = 0; s < 2; s++) {
      const char *doc = json_string_value(json_object_get(o, sides[s][0]));
      json_t *ln = json_object_get(o, sides[s][1]);
      if (doc && json_is_integer(ln))
        hit_add(hit_get(set, doc, (long)json_integer_value(ln), 1), check);
    }
    json_array_append_new(*all, o);
    n++;
  }
  free(line);
  fclose(f);
  return n;
}

static int line_has(hit **set, const char *doc, long line, const char *kind) {
  hit *h = hit_get(set, doc, line, 0);
  for (size_t i = 0; h && i < h->n; i++)
    if (!kind || strcmp(h->checks[i], kind) == 0)
      return 1;
  return 0;
}

int main(int argc, char **argv) {
  if (argc != 3 && argc != 4) {
    fprintf(stderr, "usage: recall PLANTS.csv FINDINGS.jsonl [MISSES.csv]\n");
    return 2;
  }
  FILE *misses = argc == 4 ? fopen(argv[3], "w") : NULL;
  if (argc == 4 && !misses) {
    perror(argv[3]);
    return 2;
  }
  hit *findings = NULL, *planted = NULL;
  json_t *all;
  load_findings(argv[2], &findings, &all);
  FILE *f = fopen(argv[1], "r");
  if (!f) {
    perror(argv[1]);
    return 2;
  }
  static const char *const kinds[] = {"zone_pair", "weekday_date", "same_fact",
                                      "count_list", "elapsed_time"};
  enum { NK = sizeof kinds / sizeof kinds[0] };
  long found[NK] = {0}, total[NK] = {0};
  char *line = NULL;
  size_t cap = 0;
  int header = 1;
  while (getline(&line, &cap, f) > 0) {
    plant p;
    if (header) {
      header = 0;
      continue;
    }
    if (!parse_plant(line, &p))
      continue;
    int k = 0;
    while (k < NK && strcmp(kinds[k], p.kind) != 0)
      k++;
    if (k == NK)
      continue;
    total[k]++;
    int ok = 0;
    for (long l = p.first; l <= p.last; l++) {
      ok |= line_has(&findings, p.doc, l, p.kind);
      hit_add(hit_get(&planted, p.doc, l, 1), p.kind);
    }
    found[k] += ok;
    if (!ok && misses)
      fprintf(misses, "%s,%s,%ld,%ld\n", p.kind, p.doc, p.first, p.last);
  }
  free(line);
  fclose(f);
  /* discrepancies that touch no planted sentence: false alarms here */
  long unplanted = 0;
  size_t i;
  json_t *o;
  json_array_foreach(all, i, o) {
    const char *da = json_string_value(json_object_get(o, "doc_a"));
    const char *db = json_string_value(json_object_get(o, "doc_b"));
    json_t *la = json_object_get(o, "line_a"), *lb = json_object_get(o, "line_b");
    int touch = (da && json_is_integer(la) &&
                 line_has(&planted, da, (long)json_integer_value(la), NULL)) ||
                (db && json_is_integer(lb) &&
                 line_has(&planted, db, (long)json_integer_value(lb), NULL));
    unplanted += !touch;
  }
  long fa = 0, ta = 0;
  for (int k = 0; k < NK; k++) {
    printf("recall %s %ld/%ld %.1f\n", kinds[k], found[k], total[k],
           total[k] ? 100.0 * (double)found[k] / (double)total[k] : 0.0);
    fa += found[k];
    ta += total[k];
  }
  printf("recall all %ld/%ld %.1f\n", fa, ta,
         ta ? 100.0 * (double)fa / (double)ta : 0.0);
  printf("unplanted %ld\n", unplanted);
  json_decref(all);
  if (misses)
    fclose(misses);
  hit *h, *tmp;
  HASH_ITER(hh, findings, h, tmp) {
    HASH_DEL(findings, h);
    for (size_t j = 0; j < h->n; j++)
      free(h->checks[j]);
    free(h->checks);
    free(h->key);
    free(h);
  }
  HASH_ITER(hh, planted, h, tmp) {
    HASH_DEL(planted, h);
    for (size_t j = 0; j < h->n; j++)
      free(h->checks[j]);
    free(h->checks);
    free(h->key);
    free(h);
  }
  return 0;
}
