// The scanner's prefilter over a file's bytes, compiled to WebAssembly by scripts/build-wasm.mjs.
//
// One pass over the bytes finds every place a detector must look: case-insensitive keywords,
// case-sensitive anchors (a literal start, confirmed by a small program of character-class runs),
// triggers that start with a character class, and quoted strings whose entropy is high enough
// for the entropy detectors. A keyword's hit drops the keyword detector when its line fails that
// detector's assignment gate. Each hit is reported as (byte offset, value); the JavaScript side
// (src/scanner/wasm/module.ts and byte-prefilter.ts) fills every table below and maps values to
// detectors. Lines over the scanner's cap are cut out first (long_lines, elide_long_lines), and
// in a large file only the lines around the hits are kept for decoding (keep_hit_lines).
//
// It is a filter: a hit here is where the JavaScript prefilter would have had one, so the
// findings are the same; detectors still confirm everything on the decoded text.

#include <stdint.h>
#include <wasm_simd128.h>

#define EXPORT __attribute__((visibility("default")))

enum {
  MAX_LITERALS = 8192,
  MAX_SLOT_IDS = 65536,
  MAX_TRIGGERS = 64,
  MAX_PROGRAMS = 2048,
  MAX_STEPS = 8192,
  MAX_CLASSES = 128,
  MAX_ENTROPY_KINDS = 4,
  MAX_HITS = 1 << 18,
  MAX_LONG_LINES = 1 << 16,
  MAX_VALUES = 8192,
  MAX_KEPT_RANGES = 1 << 16,
  LITERAL_BYTES = 1 << 16,
  // Literals of four bytes or more fill under 1% of the slots, so few blocks see a false hit.
  HASH_BITS = 16,
  HASH_SLOTS = 1 << HASH_BITS,
  // Entropy is computed from a table of c·log2(c); longer strings are passed on unjudged.
  ENTROPY_TABLE = 1 << 12,
  // Zeroed bytes after the input, so four-byte loads near the end need no bounds checks.
  PADDING = 64,
};

// A literal: `length` bytes at `offset` in `literal_bytes`, reported with `value`.
typedef struct {
  uint32_t offset;
  uint16_t length;
  // Program run after the literal (anchors only); NO_PROGRAM when JavaScript confirms.
  uint16_t program;
  uint32_t value;
  // Reported instead of `value` when the hit's line fails the assignment gate (assignment_line);
  // NO_VALUE reports nothing.
  uint32_t gated_value;
  // Anchors compare bytes as they are; keywords compare lower-cased bytes.
  uint16_t case_sensitive;
  uint16_t gated;
} Literal;

enum { NO_PROGRAM = 0xffff, NO_VALUE = 0xffffffff };

// `class` repeated between `min` and `max` times (greedy, with backtracking).
typedef struct {
  uint16_t class_id;
  uint16_t min;
  uint32_t max;
} Step;

typedef struct {
  uint16_t first_step;
  uint16_t step_count;
} Program;

// A trigger that starts with a character class: tried where its first class matches.
typedef struct {
  uint16_t program;
  uint16_t mode_bit;
  uint32_t value;
} Trigger;

// Quoted strings of one charset for an entropy detector (detect-secrets' tokenisation).
typedef struct {
  uint16_t class_id;
  uint16_t mode_bit;
  uint32_t min_length;
  uint32_t max_length;
  uint32_t value;
  double min_entropy;
} EntropyKind;

// ---- Tables, filled by JavaScript before the first scan ----
static uint8_t literal_bytes[LITERAL_BYTES];
static Literal literals[MAX_LITERALS];
// Literals of four bytes or more, by a hash of their first four lower-cased bytes: `slot_used`
// says whether a slot lists any; slot s lists slot_ids[slot_start[s], slot_start[s + 1]).
static uint8_t slot_used[HASH_SLOTS];
static uint32_t slot_start[HASH_SLOTS + 1];
static uint16_t slot_ids[MAX_SLOT_IDS];
// Shorter literals (two- and three-byte ones) in sixteen buckets (two sets of eight), found
// sixteen bytes at a time by nibble tables over three positions ("shufti"); bucket b lists
// short_ids[short_start[b], short_start[b + 1]).
static uint8_t short_tables[2][6][16];
static uint32_t short_start[17];
static uint16_t short_ids[MAX_LITERALS];
static uint8_t classes[MAX_CLASSES][256];
static Step steps[MAX_STEPS];
static Program programs[MAX_PROGRAMS];
static Trigger triggers[MAX_TRIGGERS];
static uint32_t trigger_count;
// Per trigger, the bytes each of a match's first three offsets can hold.
static uint8_t trigger_sets[MAX_TRIGGERS][3][256];
static EntropyKind entropy_kinds[MAX_ENTROPY_KINDS];
static uint32_t entropy_kind_count;
static double c_log2_c[ENTROPY_TABLE];
static double log2_of[ENTROPY_TABLE];

// ---- Per scan ----
static uint32_t hit_offsets[MAX_HITS];
static uint32_t hit_values[MAX_HITS];
static uint32_t hit_count;
// Lines longer than the scanner's cap: [start, end) byte ranges of their content, and their
// 0-based line numbers (universal newlines, as detect-secrets counts lines).
static uint32_t long_starts[MAX_LONG_LINES];
static uint32_t long_ends[MAX_LONG_LINES];
static uint32_t long_numbers[MAX_LONG_LINES];
static uint32_t long_count;
static uint32_t counts[256];
static uint8_t *input;
static uint32_t input_capacity;
static uint8_t *folded;
// The bytes the JavaScript side decodes: the input, or the lines keep_hit_lines kept (written
// where the folded bytes were, which nothing reads after the scan).
static uint8_t *text_bytes;

extern unsigned char __heap_base;

EXPORT uint8_t *literal_bytes_ptr(void) { return literal_bytes; }
EXPORT Literal *literals_ptr(void) { return literals; }
EXPORT uint8_t *slot_used_ptr(void) { return slot_used; }
EXPORT uint32_t *slot_start_ptr(void) { return slot_start; }
EXPORT uint16_t *slot_ids_ptr(void) { return slot_ids; }
EXPORT uint8_t *short_tables_ptr(void) { return &short_tables[0][0][0]; }
EXPORT uint32_t *short_start_ptr(void) { return short_start; }
EXPORT uint16_t *short_ids_ptr(void) { return short_ids; }
EXPORT uint8_t *classes_ptr(void) { return &classes[0][0]; }
EXPORT Step *steps_ptr(void) { return steps; }
EXPORT Program *programs_ptr(void) { return programs; }
EXPORT Trigger *triggers_ptr(void) { return triggers; }
EXPORT uint8_t *trigger_sets_ptr(void) { return &trigger_sets[0][0][0]; }
EXPORT EntropyKind *entropy_kinds_ptr(void) { return entropy_kinds; }
EXPORT double *c_log2_c_ptr(void) { return c_log2_c; }
EXPORT double *log2_of_ptr(void) { return log2_of; }
EXPORT uint32_t *hit_offsets_ptr(void) { return hit_offsets; }
EXPORT uint32_t *hit_values_ptr(void) { return hit_values; }
EXPORT uint32_t *long_numbers_ptr(void) { return long_numbers; }
EXPORT uint8_t *text_bytes_ptr(void) { return text_bytes; }
EXPORT uint32_t hit_total(void) { return hit_count; }
EXPORT void set_counts(uint32_t triggers_used, uint32_t entropy_kinds_used) {
  trigger_count = triggers_used;
  entropy_kind_count = entropy_kinds_used;
}

// Builds nibble tables that tell, sixteen bytes at a time, which bytes are in `members`: bytes
// sharing a high nibble share a bit, so the test is exact for up to eight such groups.
static int nibble_tables(const uint8_t *members, uint8_t *low_table, uint8_t *high_table) {
  uint16_t lows_of[16];
  uint16_t groups[8];
  uint32_t group_count = 0;
  for (uint32_t high = 0; high < 16; high++) {
    lows_of[high] = 0;
    for (uint32_t low = 0; low < 16; low++)
      if (members[high << 4 | low]) lows_of[high] |= 1 << low;
    low_table[high] = 0;
    high_table[high] = 0;
  }
  for (uint32_t high = 0; high < 16; high++) {
    if (lows_of[high] == 0) continue;
    uint32_t g = 0;
    while (g < group_count && groups[g] != lows_of[high]) g++;
    if (g == group_count) {
      if (group_count == 8) return 0;
      groups[group_count++] = lows_of[high];
    }
    high_table[high] |= 1 << g;
    for (uint32_t low = 0; low < 16; low++)
      if (lows_of[high] & (1 << low)) low_table[low] |= 1 << g;
  }
  return 1;
}

// For the current modes: nibble tables over three offsets for where active triggers can start
// (one bucket per trigger, shared past eight), and which bytes an active entropy kind's strings
// are made of (their union), with the shortest such string.
static uint8_t trigger_tables[6][16], string_members[256];
static uint8_t member_low[16], member_high[16];
static int members_exact, strings_active;
static uint32_t shortest_string;
static uint32_t active_modes = 0xffffffff;

static void prepare_modes(uint32_t modes) {
  if (modes == active_modes) return;
  active_modes = modes;
  for (uint32_t b = 0; b < 256; b++) string_members[b] = 0;
  for (uint32_t k = 0; k < 6; k++)
    for (uint32_t n = 0; n < 16; n++) trigger_tables[k][n] = 0;
  for (uint32_t t = 0; t < trigger_count; t++) {
    if (modes & triggers[t].mode_bit) continue;
    uint8_t bit = 1 << (t & 7);
    for (uint32_t k = 0; k < 3; k++)
      for (uint32_t b = 0; b < 256; b++)
        if (trigger_sets[t][k][b]) {
          trigger_tables[2 * k][b & 15] |= bit;
          trigger_tables[2 * k + 1][b >> 4] |= bit;
        }
  }
  strings_active = 0;
  shortest_string = 16;
  for (uint32_t k = 0; k < entropy_kind_count; k++) {
    const EntropyKind *kind = &entropy_kinds[k];
    if (!(modes & kind->mode_bit)) continue;
    strings_active = 1;
    if (kind->min_length < shortest_string) shortest_string = kind->min_length;
    for (uint32_t b = 0; b < 256; b++) string_members[b] |= classes[kind->class_id][b];
  }
  members_exact = nibble_tables(string_members, member_low, member_high);
}

// Bit i set when bits i .. i + run - 1 of `mask` are all set (run <= 16).
static inline uint32_t runs_of(uint32_t mask, uint32_t run) {
  uint32_t result = mask;
  for (uint32_t covered = 1; covered < run;) {
    uint32_t step = covered * 2 <= run ? covered : run - covered;
    result &= result >> step;
    covered += step;
  }
  return result;
}

EXPORT uint32_t limits(uint32_t which) {
  const uint32_t values[] = {MAX_LITERALS,  MAX_SLOT_IDS,      MAX_TRIGGERS,  MAX_PROGRAMS,
                             MAX_STEPS,     MAX_CLASSES,       LITERAL_BYTES, MAX_HITS,
                             ENTROPY_TABLE, MAX_ENTROPY_KINDS, HASH_BITS,     MAX_VALUES};
  return which < sizeof values / sizeof values[0] ? values[which] : 0;
}

// The input area: `length` bytes for the file plus padding, and as much again for folded bytes.
// Returns where JavaScript writes the file, or 0 when memory cannot grow.
EXPORT uint8_t *input_for(uint32_t length) {
  uint32_t needed = length + PADDING;
  if (needed > input_capacity) {
    uint32_t base = ((uint32_t)&__heap_base + 15) & ~15u;
    uint32_t end = base + 2 * needed;
    uint32_t have = __builtin_wasm_memory_size(0) * 65536u;
    if (end > have && __builtin_wasm_memory_grow(0, (end - have + 65535) / 65536) == (uint32_t)-1)
      return 0;
    input = (uint8_t *)base;
    folded = input + needed;
    input_capacity = needed;
  }
  return input;
}

static inline uint32_t hash_of(uint32_t packed) { return (packed * 0x9e3779b1u) >> (32 - HASH_BITS); }
static inline uint32_t load32(const uint8_t *at) {
  uint32_t value;
  __builtin_memcpy(&value, at, 4);
  return value;
}

// Lower-cases ASCII letters, sixteen bytes at a time (keywords are matched case-insensitively).
static void fold_input(uint32_t length) {
  const v128_t upper_a = wasm_i8x16_splat('A' - 1), upper_z = wasm_i8x16_splat('Z' + 1);
  const v128_t case_bit = wasm_i8x16_splat(0x20);
  for (uint32_t i = 0; i < length + PADDING; i += 16) {
    v128_t bytes = wasm_v128_load(input + i);
    v128_t is_upper = wasm_v128_and(wasm_u8x16_gt(bytes, upper_a), wasm_u8x16_lt(bytes, upper_z));
    wasm_v128_store(folded + i, wasm_v128_or(bytes, wasm_v128_and(is_upper, case_bit)));
  }
}

static inline int emit(uint32_t offset, uint32_t value) {
  if (hit_count == MAX_HITS) return 0;
  hit_offsets[hit_count] = offset;
  hit_values[hit_count] = value;
  hit_count++;
  return 1;
}

// Whether steps [step, end) match at `at` (anchored), trying every count from the longest down.
static int run_steps(const uint8_t *text, uint32_t at, uint32_t length, uint32_t step, uint32_t end) {
  if (step == end) return 1;
  const Step *s = &steps[step];
  const uint8_t *member = classes[s->class_id];
  uint32_t count = 0;
  while (count < s->max && at + count < length && member[text[at + count]]) count++;
  if (count < s->min) return 0;
  for (;;) {
    if (run_steps(text, at + count, length, step + 1, end)) return 1;
    if (count == s->min) return 0;
    count--;
  }
}

static inline int run_program(uint32_t program, const uint8_t *text, uint32_t at, uint32_t length) {
  const Program *p = &programs[program];
  return run_steps(text, at, length, p->first_step, (uint32_t)p->first_step + p->step_count);
}

// ---- The keyword detector's line gate (src/scanner/detectors/generic/assignment-gate.ts) ----
// A keyword hit's line must hold a name word then an assignment operator, a quoted value
// compared with `==` or `!=`, or an XML element's edge, for the keyword detector to run on it.
// These are the same tests over bytes: every character they look at is ASCII, which UTF-8 and
// Latin-1 keep as it is, and any byte from 0x80 counts as a name or value character, as any
// non-ASCII character does there.

enum { GATED_LINE_LIMIT = 4000, BREAK_SEARCH_LIMIT = 4096, QUOTED_VALUES_ONLY = 1 << 16 };

// Set by `scan` from its modes: only quoted values are assignments in this file (code).
static int gate_quoted_only;

static inline int is_blank(uint8_t b) { return b == ' ' || b == '\t'; }
static inline int is_quote(uint8_t b) { return b == '"' || b == '\'' || b == '`'; }
static inline int is_name_byte(uint8_t b) {
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_' ||
         b == '.' || b == '-' || b >= 0x80;
}
static inline int is_operator_byte(uint8_t b) {
  return b == '=' || b == '>' || b == ':' || b == '?' || b == '+' || b == '.' || b == '!' || b == ',';
}

// Whether the line break before `line_start` follows `>` (then blanks, then one CR); the byte
// before `line_start` is read as that break.
static int tag_ends_before(uint32_t line_start) {
  if (line_start < 2) return 0;
  int32_t at = (int32_t)line_start - 2;
  if (input[at] == '\r') at--;
  while (at >= 0 && is_blank(input[at])) at--;
  return at >= 0 && input[at] == '>';
}

// A lone value: blanks, one run without blanks, quotes or angle brackets, then blanks or `</`.
static int is_lone_value(uint32_t at, uint32_t end) {
  while (at < end && is_blank(input[at])) at++;
  uint32_t value_start = at;
  while (at < end) {
    uint8_t b = input[at];
    if (is_blank(b) || b == '\v' || b == '\f' || b == '<' || b == '>' || b == '"' || b == '\'') break;
    at++;
  }
  if (at == value_start) return 0;
  while (at < end && is_blank(input[at])) at++;
  return at == end || (at + 1 < end && input[at] == '<' && input[at + 1] == '/');
}

// nameWordStems in detectors/generic/keyword-words.ts; a test checks the two lists agree.
static const char *const name_words[] = {"key", "pass", "pat", "auth", "cred",
                                         "token", "secret", "pwd", "bearer", "contrase"};

// Whether input[from, to), lower-cased (as `folded` holds it), holds a name word.
static int holds_name_word(uint32_t from, uint32_t to) {
  for (uint32_t at = from; at < to; at++) {
    uint8_t first = folded[at];
    if (first != 'k' && first != 'p' && first != 'a' && first != 'c' && first != 't' &&
        first != 's' && first != 'b')
      continue;
    for (uint32_t w = 0; w < sizeof name_words / sizeof name_words[0]; w++) {
      const char *word = name_words[w];
      if ((uint8_t)word[0] != first) continue;
      uint32_t j = 1;
      while (word[j] != 0 && at + j < to && folded[at + j] == (uint8_t)word[j]) j++;
      if (word[j] == 0) return 1;
    }
  }
  return 0;
}

// Whether the operator starting at `at` follows a name holding a name word, as the text gate
// finds it reading forwards from the word: the rest of the name, an optional closing quote and
// `]`, up to five blanks. Read backwards here, so that only operators are looked at.
static int follows_name_word(uint32_t start, uint32_t at) {
  uint32_t p = at;
  for (uint32_t blanks = 0; blanks < 5 && p > start && is_blank(input[p - 1]); blanks++) p--;
  if (p > start && is_blank(input[p - 1])) return 0;
  if (p > start && input[p - 1] == ']') p--;
  if (p > start && is_quote(input[p - 1])) p--;
  // A `.` right after a name continues it; it starts an operator only after a blank or closer.
  if (p == at && input[at] == '.') return 0;
  uint32_t run = p;
  while (run > start && is_name_byte(input[run - 1])) run--;
  return run < p && holds_name_word(run, p);
}

// Whether a quoted value starts past the operator at `at`: blanks, an optional `(` or `[`, a
// quote, and a character of the value.
static int quoted_value_follows(uint32_t at, uint32_t end) {
  while (at < end && is_operator_byte(input[at])) at++;
  for (uint32_t blanks = 0; blanks < 5 && at < end && is_blank(input[at]); blanks++) at++;
  if (at < end && (input[at] == '(' || input[at] == '[')) {
    at++;
    for (uint32_t blanks = 0; blanks < 3 && at < end && is_blank(input[at]); blanks++) at++;
  }
  if (at + 1 >= end || !is_quote(input[at])) return 0;
  uint8_t next = input[at + 1];
  return !(is_blank(next) || next == '\v' || next == '\f' || is_quote(next));
}

// Whether a quote, then up to five blanks, then the `==` or `!=` whose `=` is at `at`, come first.
static int compares_quoted_value(uint32_t start, uint32_t at) {
  if (at < start + 2) return 0;
  uint32_t q = at - 2;
  for (uint32_t blanks = 0; blanks < 5 && q > start && is_blank(input[q]); blanks++) q--;
  return input[q] == '"' || input[q] == '\'';
}

static int gate_of_line(uint32_t start, uint32_t end, uint32_t length) {
  if (end - start > GATED_LINE_LIMIT) return 1;
  if (tag_ends_before(start) && is_lone_value(start, end)) return 1;
  // The keyword detector reads an element's value on the line after the next `\n`; past the
  // search limit (lone-CR text), pass.
  uint32_t next = end;
  while (next < length && input[next] != '\n') {
    if (next - end > BREAK_SEARCH_LIMIT) return 1;
    next++;
  }
  if (next < length && tag_ends_before(next + 1)) {
    uint32_t open = next;
    while (open > 0 && input[open - 1] != '\n') {
      if (next - open > BREAK_SEARCH_LIMIT) return 1;
      open--;
    }
    while (is_blank(input[open])) open++;
    if (input[open] == '<') return 1;
  }
  for (uint32_t at = start; at < end; at++) {
    uint8_t b = input[at];
    // K (E2 84 AA) and ſ (C5 BF), which a Unicode case-insensitive regex folds to `k` and `s`.
    if (b == 0xe2 && at + 2 < end && input[at + 1] == 0x84 && input[at + 2] == 0xaa) return 1;
    if (b == 0xc5 && at + 1 < end && input[at + 1] == 0xbf) return 1;
    if (b == '=' && at > start && (input[at - 1] == '=' || input[at - 1] == '!') &&
        compares_quoted_value(start, at))
      return 1;
    if (!is_operator_byte(b) || b == '>') continue;
    if (follows_name_word(start, at) && (!gate_quoted_only || quoted_value_follows(at, end)))
      return 1;
  }
  return 0;
}

// The first `\r` or `\n` at or after `at`, or `length`: sixteen bytes at a time, as a hit in a
// minified file may sit on a line of megabytes.
static uint32_t line_end_from(uint32_t at, uint32_t length) {
  const v128_t cr = wasm_i8x16_splat('\r'), lf = wasm_i8x16_splat('\n');
  for (; at < length; at += 16) {
    v128_t bytes = wasm_v128_load(input + at);
    uint32_t breaks = wasm_i8x16_bitmask(wasm_v128_or(wasm_i8x16_eq(bytes, cr), wasm_i8x16_eq(bytes, lf)));
    if (breaks != 0) {
      uint32_t end = at + __builtin_ctz(breaks);
      return end < length ? end : length;
    }
  }
  return length;
}

// The gate's outcome for the line holding `at`; hits come in offset order, so the last line's
// outcome is kept until a hit falls past its end.
static uint32_t gate_line_end, gate_line_passes;
static int gate_line_known;

static int assignment_line(uint32_t at, uint32_t length) {
  if (gate_line_known && at <= gate_line_end) return gate_line_passes;
  uint32_t end = line_end_from(at, length);
  uint32_t start = at;
  while (start > 0 && input[start - 1] != '\n' && input[start - 1] != '\r') {
    // Longer than the limit: the gate passes, whatever the rest of the line holds.
    if (end - start > GATED_LINE_LIMIT) break;
    start--;
  }
  gate_line_known = 1;
  gate_line_end = end;
  gate_line_passes = gate_of_line(start, end, length);
  return gate_line_passes;
}

// Each literal's first eight bytes lower-cased, little-endian, and the mask of those it has:
// most positions a table lets through differ from every literal there within eight bytes, and
// one masked compare against the folded text tells.
static uint64_t literal_prefix[MAX_LITERALS];
static uint64_t literal_mask[MAX_LITERALS];

static inline uint8_t fold_byte(uint8_t b) { return b >= 'A' && b <= 'Z' ? b + 32 : b; }

// Fills literal_prefix and literal_mask for the first `count` literals, once they are written.
EXPORT void index_literals(uint32_t count) {
  for (uint32_t id = 0; id < count; id++) {
    const Literal *literal = &literals[id];
    uint64_t prefix = 0, mask = 0;
    for (uint32_t j = 0; j < literal->length && j < 8; j++) {
      prefix |= (uint64_t)fold_byte(literal_bytes[literal->offset + j]) << (8 * j);
      mask |= (uint64_t)0xff << (8 * j);
    }
    literal_prefix[id] = prefix;
    literal_mask[id] = mask;
  }
}

static inline uint64_t load64(const uint8_t *at) {
  uint64_t value;
  __builtin_memcpy(&value, at, 8);
  return value;
}

// Every literal of ids[from, to) that starts at `at`; 0 when the hit list is full.
static int match_literals(const uint16_t *ids, uint32_t from, uint32_t to, uint32_t at,
                          uint32_t length) {
  const uint64_t folded8 = load64(folded + at);
  for (uint32_t k = from; k < to; k++) {
    const uint32_t id = ids[k];
    if ((folded8 & literal_mask[id]) != literal_prefix[id]) continue;
    const Literal *literal = &literals[id];
    if (at + literal->length > length) continue;
    // The first eight bytes matched folded: what is left is the rest, or, for an anchor, the case.
    if (literal->length > 8 || literal->case_sensitive) {
      const uint8_t *text = literal->case_sensitive ? input : folded;
      const uint8_t *expected = literal_bytes + literal->offset;
      uint32_t j = literal->case_sensitive ? 0 : 8;
      while (j < literal->length && text[at + j] == expected[j]) j++;
      if (j < literal->length) continue;
    }
    if (literal->program != NO_PROGRAM &&
        !run_program(literal->program, input, at + literal->length, length))
      continue;
    uint32_t value = literal->value;
    if (literal->gated && !assignment_line(at, length)) value = literal->gated_value;
    if (value != NO_VALUE && !emit(at, value)) return 0;
  }
  return 1;
}

// Shannon entropy of input[from, to) in bits per byte, as the entropy detectors count it.
static double entropy_of(uint32_t from, uint32_t to) {
  uint32_t length = to - from;
  for (uint32_t i = from; i < to; i++) counts[input[i]]++;
  double sum = 0;
  for (uint32_t i = from; i < to; i++) {
    uint32_t c = counts[input[i]];
    if (c != 0) {
      sum += c_log2_c[c];
      counts[input[i]] = 0;
    }
  }
  return log2_of[length] - sum / length;
}

// detect-secrets' tokenisation for one charset: a quote, a run of members, the same quote. The
// detector skips a closing quote as an opener; here every quote is tried, which can only add hits.
static int quoted_string(const EntropyKind *kind, uint32_t at, uint32_t length) {
  const uint8_t *member = classes[kind->class_id];
  uint8_t quote = input[at];
  uint32_t j = at + 1;
  while (j < length && member[input[j]]) j++;
  if (j >= length || input[j] != quote) return 1;
  uint32_t size = j - at - 1;
  if (size < kind->min_length || size > kind->max_length) return 1;
  // Too long for the table: let the detector judge it.
  if (size >= ENTROPY_TABLE || entropy_of(at + 1, j) > kind->min_entropy) return emit(at, kind->value);
  return 1;
}

// For each of input[at, at + 16), the buckets of nibble tables over three offsets it starts.
static inline v128_t buckets_at(const uint8_t (*tables)[16], uint32_t at) {
  v128_t hit = wasm_i8x16_splat(-1);
  for (uint32_t k = 0; k < 3; k++) {
    v128_t bytes = wasm_v128_load(input + at + k);
    v128_t low = wasm_v128_and(bytes, wasm_i8x16_splat(0x0f));
    v128_t high = wasm_u8x16_shr(bytes, 4);
    hit = wasm_v128_and(hit, wasm_i8x16_swizzle(wasm_v128_load(tables[2 * k]), low));
    hit = wasm_v128_and(hit, wasm_i8x16_swizzle(wasm_v128_load(tables[2 * k + 1]), high));
  }
  return hit;
}

// One bit per byte of input[at, at + 16) that is in `members`, through its nibble tables when
// they are exact (at most eight high-nibble groups).
static inline uint32_t class_mask(uint32_t at, const uint8_t *low_table, const uint8_t *high_table,
                                  int exact, const uint8_t *members) {
  if (!exact) {
    uint32_t mask = 0;
    for (uint32_t k = 0; k < 16; k++)
      if (members[input[at + k]]) mask |= 1u << k;
    return mask;
  }
  v128_t bytes = wasm_v128_load(input + at);
  v128_t low = wasm_v128_and(bytes, wasm_i8x16_splat(0x0f));
  v128_t high = wasm_u8x16_shr(bytes, 4);
  v128_t hit = wasm_v128_and(wasm_i8x16_swizzle(wasm_v128_load(low_table), low),
                             wasm_i8x16_swizzle(wasm_v128_load(high_table), high));
  return wasm_i8x16_bitmask(wasm_i8x16_ne(hit, wasm_i8x16_splat(0)));
}

// The active triggers that match at `at`; 0 when the hit list is full.
static int match_triggers(uint32_t at, uint32_t length, uint32_t modes) {
  for (uint32_t t = 0; t < trigger_count; t++) {
    const Trigger *trigger = &triggers[t];
    if (modes & trigger->mode_bit) continue;
    if (run_program(trigger->program, input, at, length) && !emit(at, trigger->value)) return 0;
  }
  return 1;
}

// The quoted string opening at `at`, for each active entropy kind; 0 when the hit list is full.
static int match_strings(uint32_t at, uint32_t length, uint32_t modes) {
  for (uint32_t k = 0; k < entropy_kind_count; k++)
    if ((modes & entropy_kinds[k].mode_bit) && !quoted_string(&entropy_kinds[k], at, length))
      return 0;
  return 1;
}

// Scans the positions in [from, to) of input[0, length); -1 when the hit list is full.
static int32_t scan_range(uint32_t from, uint32_t to, uint32_t length, uint32_t modes) {
  uint8_t buckets[2][16];
  for (uint32_t block = from; block < to; block += 16) {
    // Branch-free over the block: most blocks hold no keyword start at all.
    // Sixteen independent lookups combined by constant shifts: no chain of dependent steps.
#define USED(k) ((uint32_t)slot_used[hash_of(load32(folded + block + (k)))] << (k))
    uint32_t keyword = USED(0) | USED(1) | USED(2) | USED(3) | USED(4) | USED(5) | USED(6) |
                       USED(7) | USED(8) | USED(9) | USED(10) | USED(11) | USED(12) | USED(13) |
                       USED(14) | USED(15);
#undef USED
    v128_t short_low = buckets_at(short_tables[0], block), short_high = buckets_at(short_tables[1], block);
    v128_t zero = wasm_i8x16_splat(0);
    uint32_t short_mask = wasm_i8x16_bitmask(wasm_v128_or(wasm_i8x16_ne(short_low, zero),
                                                          wasm_i8x16_ne(short_high, zero)));
    uint32_t trigger = wasm_i8x16_bitmask(wasm_i8x16_ne(buckets_at(trigger_tables, block), zero));
    // A quote opens a string an entropy kind can report only when the next `shortest_string`
    // bytes are all members; every such quote is tried, so no string is missed.
    uint32_t string = 0;
    if (strings_active) {
      v128_t bytes = wasm_v128_load(input + block);
      uint32_t quotes = wasm_i8x16_bitmask(wasm_v128_or(wasm_i8x16_eq(bytes, wasm_i8x16_splat('"')),
                                                        wasm_i8x16_eq(bytes, wasm_i8x16_splat('\''))));
      // Most blocks hold no quote: the members of this block and the next are looked at only then.
      if (quotes != 0) {
        uint32_t members = class_mask(block, member_low, member_high, members_exact, string_members) |
                           class_mask(block + 16, member_low, member_high, members_exact, string_members) << 16;
        string = quotes & (runs_of(members, shortest_string) >> 1);
      }
    }
    uint32_t any = keyword | short_mask | trigger | string;
    if (to - block < 16) any &= (1u << (to - block)) - 1;
    if (any == 0) continue;
    wasm_v128_store(buckets[0], short_low);
    wasm_v128_store(buckets[1], short_high);
    for (; any != 0; any &= any - 1) {
      uint32_t k = __builtin_ctz(any);
      uint32_t at = block + k;
      if ((keyword >> k) & 1) {
        uint32_t slot = hash_of(load32(folded + at));
        if (!match_literals(slot_ids, slot_start[slot], slot_start[slot + 1], at, length)) return -1;
      }
      if ((short_mask >> k) & 1) {
        for (uint32_t set = 0; set < 2; set++)
          for (uint32_t b = 0, bits = buckets[set][k]; bits != 0; b++, bits >>= 1)
            if ((bits & 1) && !match_literals(short_ids, short_start[8 * set + b],
                                              short_start[8 * set + b + 1], at, length))
              return -1;
      }
      if ((trigger >> k) & 1 && !match_triggers(at, length, modes)) return -1;
      if ((string >> k) & 1 && !match_strings(at, length, modes)) return -1;
    }
  }
  return 0;
}

// Scans input[0, length), but for the content of the long lines `long_lines` found when
// `after_long_lines` (else there are none): elide_long_lines drops every hit there, so none is
// looked for. Each position scanned reads the same bytes either way, so the other hits are the
// same. `modes` switches each entropy kind between quoted strings (bit set) and its trigger (bit
// clear), and the assignment gate to quoted values (QUOTED_VALUES_ONLY). Returns the number of
// hits, or -1 when there were too many.
EXPORT int32_t scan(uint32_t length, uint32_t modes, uint32_t after_long_lines) {
  hit_count = 0;
  text_bytes = input;
  if (!after_long_lines) long_count = 0;
  gate_line_known = 0;
  gate_quoted_only = (modes & QUOTED_VALUES_ONLY) != 0;
  modes &= ~QUOTED_VALUES_ONLY;
  for (uint32_t i = length; i < length + PADDING; i++) input[i] = 0;
  fold_input(length);
  prepare_modes(modes);
  uint32_t from = 0;
  for (uint32_t k = 0; k < long_count; k++) {
    if (scan_range(from, long_starts[k], length, modes) < 0) return -1;
    from = long_ends[k];
  }
  if (scan_range(from, length, length, modes) < 0) return -1;
  return (int32_t)hit_count;
}

// UTF-16 code units in sixteen bytes of valid UTF-8: a byte that does not continue a sequence
// starts one unit, a four-byte sequence two.
static inline uint32_t units_in_16(v128_t bytes) {
  uint32_t continues = wasm_i8x16_bitmask(wasm_i8x16_eq(wasm_v128_and(bytes, wasm_i8x16_splat((int8_t)0xc0)),
                                                        wasm_i8x16_splat((int8_t)0x80)));
  uint32_t fours = wasm_i8x16_bitmask(wasm_u8x16_gt(bytes, wasm_i8x16_splat((int8_t)0xef)));
  return 16 - __builtin_popcount(continues) + __builtin_popcount(fours);
}

// Rewrites sorted byte offsets of hits as UTF-16 offsets into the decoded UTF-8 text of
// text_bytes (the input, or the lines keep_hit_lines kept).
EXPORT void utf16_offsets(uint32_t length) {
  const uint8_t *input = text_bytes;
  uint32_t byte = 0, unit = 0;
  for (uint32_t h = 0; h < hit_count; h++) {
    uint32_t target = hit_offsets[h];
    if (target > length) target = length;
    for (; byte + 16 <= target; byte += 16) unit += units_in_16(wasm_v128_load(input + byte));
    for (; byte < target; byte++) {
      uint8_t b = input[byte];
      if ((b & 0xc0) != 0x80) unit += b >= 0xf0 ? 2 : 1;
    }
    hit_offsets[h] = unit;
  }
}

// Whether input[from, to), valid UTF-8 when `utf8`, is more than `max_units` UTF-16 code units:
// a byte that does not continue a sequence starts one unit, a four-byte sequence two.
static int longer_than(uint32_t from, uint32_t to, uint32_t max_units, int utf8) {
  if (!utf8) return to - from > max_units;
  uint32_t units = 0, at = from;
  for (; at + 16 <= to; at += 16) {
    units += units_in_16(wasm_v128_load(input + at));
    if (units > max_units) return 1;
  }
  for (; at < to; at++) {
    uint8_t b = input[at];
    if ((b & 0xc0) != 0x80) units += b >= 0xf0 ? 2 : 1;
  }
  return units > max_units;
}

static inline int record_long(uint32_t start, uint32_t end, uint32_t number, uint32_t max_units,
                              int utf8) {
  if (end - start <= max_units || !longer_than(start, end, max_units, utf8)) return 1;
  if (long_count == MAX_LONG_LINES) return 0;
  long_starts[long_count] = start;
  long_ends[long_count] = end;
  long_numbers[long_count] = number;
  long_count++;
  return 1;
}

// Finds the lines of input[0, length) longer than `max_units` (at least 16) UTF-16 code units,
// where `\r\n`, `\n` and a lone `\r` each end a line. A line closed within the block it starts in
// is shorter than 16 bytes, so only a block's first line break can close a long line. Runs before
// `scan`, which then skips their content. Returns how many there are, or -1 when there are too
// many to hold.
EXPORT int32_t long_lines(uint32_t length, uint32_t max_units, uint32_t utf8) {
  long_count = 0;
  for (uint32_t i = length; i < length + PADDING; i++) input[i] = 0;
  const v128_t cr = wasm_i8x16_splat('\r'), lf = wasm_i8x16_splat('\n');
  uint32_t line_start = 0, lines_ended = 0, previous_cr = 0;
  for (uint32_t block = 0; block < length; block += 16) {
    v128_t bytes = wasm_v128_load(input + block);
    uint32_t crs = wasm_i8x16_bitmask(wasm_i8x16_eq(bytes, cr));
    uint32_t lfs = wasm_i8x16_bitmask(wasm_i8x16_eq(bytes, lf));
    uint32_t breaks = crs | lfs;
    if (length - block < 16) breaks &= (1u << (length - block)) - 1;
    uint32_t carried_cr = previous_cr;
    previous_cr = crs >> 15;
    if (breaks == 0) continue;
    uint32_t first = block + __builtin_ctz(breaks);
    if (!record_long(line_start, first, lines_ended, max_units, utf8)) return -1;
    // A `\n` right after a `\r` ends no line of its own.
    uint32_t paired = lfs & (crs << 1 | carried_cr);
    lines_ended += __builtin_popcount(breaks) - __builtin_popcount(paired);
    line_start = block + 32 - __builtin_clz(breaks);
  }
  if (line_start < length && !record_long(line_start, length, lines_ended, max_units, utf8))
    return -1;
  return (int32_t)long_count;
}

// Copies input[from, from + count) down to input[to, to + count), to <= from: sixteen bytes at a
// time, each load before the store that could overlap it. It may write up to 15 bytes past the
// end, which the padding and the bytes still to move absorb.
static void move_down(uint32_t to, uint32_t from, uint32_t count) {
  if (to == from) return;
  for (uint32_t i = 0; i < count; i += 16)
    wasm_v128_store(input + to + i, wasm_v128_load(input + from + i));
}

// Replaces the content of the long lines with one space, keeping their line breaks, and drops any
// hit inside them; moves the other hits to where their bytes now are. Returns the new length.
EXPORT uint32_t elide_long_lines(uint32_t length) {
  uint32_t write = 0, read = 0, kept = 0;
  uint32_t h = 0;
  for (uint32_t k = 0; k <= long_count; k++) {
    uint32_t keep_end = k < long_count ? long_starts[k] : length;
    uint32_t shift = read - write;
    for (; h < hit_count && hit_offsets[h] < keep_end; h++) {
      hit_offsets[kept] = hit_offsets[h] - shift;
      hit_values[kept] = hit_values[h];
      kept++;
    }
    if (k == long_count) {
      move_down(write, read, length - read);
      write += length - read;
      break;
    }
    move_down(write, read, keep_end - read);
    write += keep_end - read;
    // A space stands in for the content: a lone `\r` before it and a `\n` after it must not
    // become one `\r\n` line break.
    input[write++] = ' ';
    read = long_ends[k];
    while (h < hit_count && hit_offsets[h] < read) h++;
  }
  hit_count = kept;
  for (uint32_t i = write; i < write + PADDING; i++) input[i] = 0;
  return write;
}

// ---- Keeping only the lines around hits ----
// Detectors read a hit's line, a few lines around it, and at most a known number of bytes
// beyond those; the rest of a large file need not be decoded at all. keep_hit_lines keeps those
// lines whole and replaces every other line with a bare line break, so that line numbers and
// columns in the kept lines stay what they were.

// Per hit value: the lines to keep on each side of a hit's line, and the bytes beyond those
// that a detector may read before and after (READS_ANYWHERE: the whole text must stay).
enum { READS_ANYWHERE = 0xffffffff };
static uint32_t value_lines[MAX_VALUES];
static uint32_t value_before[MAX_VALUES];
static uint32_t value_after[MAX_VALUES];
static uint32_t kept_starts[MAX_KEPT_RANGES];
static uint32_t kept_ends[MAX_KEPT_RANGES];

EXPORT uint32_t *value_lines_ptr(void) { return value_lines; }
EXPORT uint32_t *value_before_ptr(void) { return value_before; }
EXPORT uint32_t *value_after_ptr(void) { return value_after; }

static inline int is_break(uint8_t b) { return b == '\n' || b == '\r'; }

// The start of the line holding input[at].
static uint32_t line_start_at(uint32_t at) {
  while (at > 0 && !is_break(input[at - 1])) at--;
  return at;
}

// The start of the line before the one starting at `start` (0 for the first line).
static uint32_t previous_line_start(uint32_t start) {
  if (start == 0) return 0;
  uint32_t at = start - 1;
  if (input[at] == '\n' && at > 0 && input[at - 1] == '\r') at--;
  return line_start_at(at);
}

// Where the line holding input[at] ends, past its line break (`\r\n` is one break).
static uint32_t next_line_start(uint32_t at, uint32_t length) {
  while (at < length && !is_break(input[at])) at++;
  if (at == length) return length;
  return at + (input[at] == '\r' && at + 1 < length && input[at + 1] == '\n' ? 2 : 1);
}

// Line breaks in input[from, to), which starts and ends at line starts (`\r\n` counts once); -1
// when one is a lone `\r`.
static int32_t breaks_in(uint32_t from, uint32_t to) {
  const v128_t cr = wasm_i8x16_splat('\r'), lf = wasm_i8x16_splat('\n');
  uint32_t count = 0, at = from;
  for (; at + 16 <= to; at += 16) {
    v128_t bytes = wasm_v128_load(input + at);
    uint32_t lfs = wasm_i8x16_bitmask(wasm_i8x16_eq(bytes, lf));
    uint32_t crs = wasm_i8x16_bitmask(wasm_i8x16_eq(bytes, cr));
    // Each `\r` is followed by a `\n`, which may be the first byte of the next block.
    if (crs != 0 && (crs & ~(lfs >> 1) & 0x7fff) != 0) return -1;
    if ((crs >> 15) && input[at + 16] != '\n') return -1;
    count += __builtin_popcount(lfs);
  }
  for (; at < to; at++) {
    if (input[at] == '\n') count++;
    else if (input[at] == '\r' && (at + 1 >= to || input[at + 1] != '\n')) return -1;
  }
  return (int32_t)count;
}

// Copies input[from, from + count) to out (which does not overlap it), sixteen bytes at a time;
// may write up to 15 bytes past the end, which the output's room absorbs.
static void copy_out(uint8_t *out, uint32_t from, uint32_t count) {
  for (uint32_t i = 0; i < count; i += 16) wasm_v128_store(out + i, wasm_v128_load(input + from + i));
}

// Finds the ranges of whole lines to keep: for each hit, its line, value_lines[value] lines on each
// side, and the lines holding the bytes value_before / value_after beyond those. Returns how many
// ranges, or -1 when a hit needs the whole text, there are too many ranges, or they would hold
// more than `budget` bytes.
static int32_t kept_ranges(uint32_t length, uint32_t budget) {
  uint32_t count = 0, kept = 0;
  // The line of the last hit, and the widest reach already kept around it.
  uint32_t line_start = 0, line_end = 0, done_lines = 0, done_before = 0, done_after = 0;
  int line_known = 0;
  for (uint32_t h = 0; h < hit_count; h++) {
    uint32_t at = hit_offsets[h], value = hit_values[h];
    uint32_t lines = value_lines[value], before = value_before[value], after = value_after[value];
    if (before == READS_ANYWHERE) return -1;
    if (!line_known || at >= line_end) {
      line_start = line_start_at(at);
      line_end = next_line_start(at, length);
      line_known = 1;
      done_lines = done_before = done_after = 0;
    } else if (lines <= done_lines && before <= done_before && after <= done_after) {
      continue;
    }
    if (lines > done_lines) done_lines = lines;
    if (before > done_before) done_before = before;
    if (after > done_after) done_after = after;
    uint32_t start = line_start, end = line_end;
    for (uint32_t k = 0; k < done_lines && start > 0; k++) start = previous_line_start(start);
    for (uint32_t k = 0; k < done_lines && end < length; k++) end = next_line_start(end, length);
    if (done_before > 0) start = line_start_at(start > done_before ? start - done_before : 0);
    if (done_after > 0 && end < length)
      end = next_line_start(end + done_after < length ? end + done_after : length - 1, length);
    // A range may reach back over earlier ones (a detector reading bytes before its line): it
    // absorbs every range it overlaps or touches.
    while (count > 0 && start <= kept_ends[count - 1]) {
      count--;
      kept -= kept_ends[count] - kept_starts[count];
      if (kept_starts[count] < start) start = kept_starts[count];
      if (kept_ends[count] > end) end = kept_ends[count];
    }
    if (count == MAX_KEPT_RANGES) return -1;
    kept_starts[count] = start;
    kept_ends[count] = end;
    kept += end - start;
    count++;
    if (kept > budget) return -1;
  }
  return (int32_t)count;
}

// Line breaks in each gap before a kept range, and after the last.
static uint32_t gap_breaks[MAX_KEPT_RANGES + 1];

// Writes the kept lines of input[0, length), with each other line as a bare `\n` (never longer than
// the line was), where the folded bytes were, and moves the hits to where their bytes now are.
// Returns the new length, or -1 (changing nothing) when a hit needs the whole text, the kept lines
// would be more than `budget` bytes, or a line ends with a lone `\r` (old Mac line ends, where a
// `\n` line count and a universal one differ). Runs after elide_long_lines, so every line is at
// most the line cap.
EXPORT int32_t keep_hit_lines(uint32_t length, uint32_t budget) {
  int32_t ranges = kept_ranges(length, budget);
  if (ranges < 0) return -1;
  uint32_t read = 0;
  for (int32_t r = 0; r <= ranges; r++) {
    uint32_t start = r < ranges ? kept_starts[r] : length;
    int32_t gap = breaks_in(read, start);
    if (gap < 0) return -1;
    gap_breaks[r] = (uint32_t)gap;
    if (r == ranges) break;
    if (breaks_in(start, kept_ends[r]) < 0) return -1;
    read = kept_ends[r];
  }
  uint8_t *out = folded;
  uint32_t written = 0, h = 0;
  for (int32_t r = 0; r <= ranges; r++) {
    for (uint32_t k = 0; k < gap_breaks[r]; k++) out[written++] = '\n';
    if (r == ranges) break;
    uint32_t start = kept_starts[r], end = kept_ends[r];
    for (; h < hit_count && hit_offsets[h] < end; h++) hit_offsets[h] = hit_offsets[h] - start + written;
    copy_out(out + written, start, end - start);
    written += end - start;
  }
  for (uint32_t i = written; i < written + PADDING; i++) out[i] = 0;
  text_bytes = out;
  return (int32_t)written;
}
