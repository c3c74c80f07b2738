/* schema_lite.c - a small JSON Schema (draft-04) validator, enough for the
 * SARIF 2.1.0 schema shipped beside it (sarif-2.1.0-rtm.5.json).
 *
 * Included by tests/unit/test_report.c (the unit-test build compiles one
 * file per test).  Keywords checked: $ref (local "#/definitions/..."),
 * type, enum, properties, additionalProperties, required, items, minItems,
 * maxItems, uniqueItems, minimum, maximum, pattern (POSIX ERE: the schema's
 * patterns are all ERE), minLength, anyOf, oneOf, allOf, and format "uri"
 * (a scheme) / "uri-reference" (no spaces).  Keywords it does not know are
 * ignored, as draft-04 says; "date-time" is not checked (we write none).
 */
#include <regex.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <jansson.h>

typedef struct sl_ctx {
  json_t *root;      /* the schema document, for $ref */
  char err[1024];    /* first failure: path and reason */
  int depth;
} sl_ctx;

static bool sl_validate(sl_ctx *c, json_t *schema, json_t *v,
                        const char *path);

static bool sl_fail(sl_ctx *c, const char *path, const char *why,
                    const char *detail) {
  if (!c->err[0])
    snprintf(c->err, sizeof c->err, "%s: %s%s%s", path[0] ? path : "$", why,
             detail ? " " : "", detail ? detail : "");
  return false;
}

static json_t *sl_resolve(sl_ctx *c, const char *ref) {
  if (strcmp(ref, "#") == 0)
    return c->root;
  if (strncmp(ref, "#/", 2) != 0)
    return NULL;
  json_t *node = c->root;
  char part[256];
  const char *p = ref + 2;
  while (*p && node) {
    size_t n = strcspn(p, "/");
    if (n >= sizeof part)
      return NULL;
    memcpy(part, p, n);
    part[n] = '\0';
    node = json_object_get(node, part);
    p += n;
    if (*p == '/')
      p++;
  }
  return node;
}

static bool sl_type_is(const char *t, json_t *v) {
  if (strcmp(t, "object") == 0) return json_is_object(v);
  if (strcmp(t, "array") == 0) return json_is_array(v);
  if (strcmp(t, "string") == 0) return json_is_string(v);
  if (strcmp(t, "integer") == 0) return json_is_integer(v);
  if (strcmp(t, "number") == 0) return json_is_number(v);
  if (strcmp(t, "boolean") == 0) return json_is_boolean(v);
  if (strcmp(t, "null") == 0) return json_is_null(v);
  return false;
}

static bool sl_type(sl_ctx *c, json_t *t, json_t *v, const char *path) {
  if (json_is_string(t))
    return sl_type_is(json_string_value(t), v) ||
           sl_fail(c, path, "not of type", json_string_value(t));
  size_t i;
  json_t *x;
  json_array_foreach(t, i, x) if (sl_type_is(json_string_value(x), v)) return true;
  return sl_fail(c, path, "not of any allowed type", NULL);
}

static bool sl_enum(sl_ctx *c, json_t *e, json_t *v, const char *path) {
  size_t i;
  json_t *x;
  json_array_foreach(e, i, x) if (json_equal(x, v)) return true;
  return sl_fail(c, path, "not one of the enum values", NULL);
}

static bool sl_pattern(sl_ctx *c, const char *pat, const char *s,
                       const char *path) {
  regex_t re;
  if (regcomp(&re, pat, REG_EXTENDED | REG_NOSUB) != 0)
    return sl_fail(c, path, "schema pattern does not compile:", pat);
  int rc = regexec(&re, s, 0, NULL, 0);
  regfree(&re);
  return rc == 0 || sl_fail(c, path, "does not match pattern", pat);
}

static bool sl_format(sl_ctx *c, const char *fmt, const char *s,
                      const char *path) {
  if (strcmp(fmt, "uri") == 0) {
    const char *colon = strchr(s, ':');
    bool ok = colon && colon > s && !strchr(s, ' ');
    for (const char *p = s; ok && p < colon; p++)
      ok = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
           (p > s && ((*p >= '0' && *p <= '9') || strchr("+-.", *p)));
    return ok || sl_fail(c, path, "not a URI:", s);
  }
  if (strcmp(fmt, "uri-reference") == 0)
    return !strchr(s, ' ') || sl_fail(c, path, "not a URI reference:", s);
  return true;
}

static bool sl_string(sl_ctx *c, json_t *schema, json_t *v, const char *path) {
  const char *s = json_string_value(v);
  json_t *k;
  if ((k = json_object_get(schema, "pattern")) &&
      !sl_pattern(c, json_string_value(k), s, path))
    return false;
  if ((k = json_object_get(schema, "format")) &&
      !sl_format(c, json_string_value(k), s, path))
    return false;
  if ((k = json_object_get(schema, "minLength")) &&
      strlen(s) < (size_t)json_integer_value(k))
    return sl_fail(c, path, "shorter than minLength", NULL);
  return true;
}

static bool sl_number(sl_ctx *c, json_t *schema, json_t *v, const char *path) {
  json_t *k;
  double x = json_number_value(v);
  if ((k = json_object_get(schema, "minimum")) && x < json_number_value(k))
    return sl_fail(c, path, "below minimum", NULL);
  if ((k = json_object_get(schema, "maximum")) && x > json_number_value(k))
    return sl_fail(c, path, "above maximum", NULL);
  return true;
}

static bool sl_array(sl_ctx *c, json_t *schema, json_t *v, const char *path) {
  json_t *k;
  size_t n = json_array_size(v);
  if ((k = json_object_get(schema, "minItems")) &&
      n < (size_t)json_integer_value(k))
    return sl_fail(c, path, "fewer items than minItems", NULL);
  if ((k = json_object_get(schema, "maxItems")) &&
      n > (size_t)json_integer_value(k))
    return sl_fail(c, path, "more items than maxItems", NULL);
  if ((k = json_object_get(schema, "uniqueItems")) && json_is_true(k))
    for (size_t i = 0; i < n; i++)
      for (size_t j = i + 1; j < n; j++)
        if (json_equal(json_array_get(v, i), json_array_get(v, j)))
          return sl_fail(c, path, "items are not unique", NULL);
  json_t *items = json_object_get(schema, "items");
  for (size_t i = 0; items && json_is_object(items) && i < n; i++) {
    char sub[512];
    snprintf(sub, sizeof sub, "%s[%zu]", path, i);
    if (!sl_validate(c, items, json_array_get(v, i), sub))
      return false;
  }
  return true;
}

static bool sl_object(sl_ctx *c, json_t *schema, json_t *v, const char *path) {
  json_t *req = json_object_get(schema, "required");
  size_t i;
  json_t *x;
  json_array_foreach(req, i, x) if (!json_object_get(v, json_string_value(x)))
      return sl_fail(c, path, "missing required property",
                     json_string_value(x));
  json_t *props = json_object_get(schema, "properties");
  json_t *extra = json_object_get(schema, "additionalProperties");
  const char *key;
  json_t *val;
  json_object_foreach(v, key, val) {
    char sub[512];
    snprintf(sub, sizeof sub, "%s.%s", path, key);
    json_t *ps = props ? json_object_get(props, key) : NULL;
    if (ps) {
      if (!sl_validate(c, ps, val, sub))
        return false;
    } else if (extra && json_is_false(extra)) {
      return sl_fail(c, sub, "property not allowed by the schema", NULL);
    } else if (extra && json_is_object(extra) &&
               !sl_validate(c, extra, val, sub)) {
      return false;
    }
  }
  return true;
}

/* anyOf/oneOf: count matching branches without keeping their errors. */
static size_t sl_count(sl_ctx *c, json_t *arr, json_t *v, const char *path) {
  size_t i, ok = 0;
  json_t *x;
  json_array_foreach(arr, i, x) {
    sl_ctx sub = {c->root, "", c->depth};
    ok += sl_validate(&sub, x, v, path);
  }
  return ok;
}

static bool sl_validate(sl_ctx *c, json_t *schema, json_t *v,
                        const char *path) {
  if (++c->depth > 200) {
    c->depth--;
    return sl_fail(c, path, "schema nesting too deep", NULL);
  }
  bool ok = true;
  json_t *k;
  if ((k = json_object_get(schema, "$ref"))) {
    json_t *target = sl_resolve(c, json_string_value(k));
    ok = target ? sl_validate(c, target, v, path)
                : sl_fail(c, path, "unresolved $ref", json_string_value(k));
    c->depth--;
    return ok; /* draft-04: siblings of $ref are ignored */
  }
  if (ok && (k = json_object_get(schema, "type")))
    ok = sl_type(c, k, v, path);
  if (ok && (k = json_object_get(schema, "enum")))
    ok = sl_enum(c, k, v, path);
  if (ok && json_is_string(v))
    ok = sl_string(c, schema, v, path);
  if (ok && json_is_number(v))
    ok = sl_number(c, schema, v, path);
  if (ok && json_is_array(v))
    ok = sl_array(c, schema, v, path);
  if (ok && json_is_object(v))
    ok = sl_object(c, schema, v, path);
  if (ok && (k = json_object_get(schema, "allOf")))
    ok = sl_count(c, k, v, path) == json_array_size(k) ||
         sl_fail(c, path, "fails allOf", NULL);
  if (ok && (k = json_object_get(schema, "anyOf")))
    ok = sl_count(c, k, v, path) >= 1 || sl_fail(c, path, "fails anyOf", NULL);
  if (ok && (k = json_object_get(schema, "oneOf")))
    ok = sl_count(c, k, v, path) == 1 || sl_fail(c, path, "fails oneOf", NULL);
  c->depth--;
  return ok;
}

/* Validate doc against schema; on failure err holds "path: reason". */
static bool sl_check(json_t *schema, json_t *doc, char *err, size_t n) {
  sl_ctx c = {schema, "", 0};
  bool ok = sl_validate(&c, schema, doc, "$");
  if (!ok)
    snprintf(err, n, "%s", c.err);
  return ok;
}
