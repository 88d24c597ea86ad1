// Ground-truth probe for ap_fixed conversions, built from hls4ml's own ap_types headers.
//
// tests/test_apfixed_groundtruth.py generates "part" sources that include this header and
// register every target type under test, e.g.
//
//     #include "apfixed_probe.h"
//     static int r7 = probe_register<ap_fixed<8, 3, AP_RND_CONV, AP_SAT>, PROBE_WIDE>(7);
//
// and links them with apfixed_probe.cpp (main: the stdin/stdout protocol). Every conversion
// is a template instantiation (~25 ms of g++ time each), so each type only gets the source
// kinds its flags ask for.
//
// Conversions are written the way hls4ml's generated code does them: copy-initialisation of
// the target from the source (the converting constructor: ap_fixed_base::operator= followed
// by report()).
#ifndef APFIXED_PROBE_H
#define APFIXED_PROBE_H

#include <ap_fixed.h>

#include <cstring>

// Sources: value = raw * 2^-F.
//  WIDE   ap_fixed<64, 32>: 32 fraction bits, so any (v, from_frac <= 32) is the exact raw
//         v << (32 - from_frac) as long as that fits 64 bits (every int32 v for 0..32).
//  NARROW ap_fixed<12, 9>: a deliberately tight source (3 fraction bits) to check that results
//         do not depend on the source width, and to exercise the header's left-shift path.
typedef ap_fixed<64, 32> probe_src_wide_t;
typedef ap_fixed<12, 9> probe_src_narrow_t;
static const int PROBE_F_WIDE = 32;

enum { PROBE_WIDE = 1, PROBE_NARROW = 2, PROBE_DOUBLE = 4 };

// Integer representation (value * 2^F) of a target of width <= 64 (ap_private keeps signed
// values sign-extended and unsigned values zero-extended).
template <class T>
inline long long probe_bits(const T& t) {
  return (long long)t.V.to_int64();
}

template <class T, class S>
long long probe_from_raw(long long raw) {
  S s;
  s.V = raw;  // raw bits (callers keep raw inside the source's range)
  T t = s;    // the conversion under test
  return probe_bits(t);
}

template <class T>
long long probe_from_double(long long bits) {
  double d;
  std::memcpy(&d, &bits, sizeof d);
  T t = d;    // the conversion under test
  return probe_bits(t);
}

typedef long long (*probe_fn)(long long);

struct ProbeEntry {
  probe_fn wide;    // from probe_src_wide_t raw bits, or null
  probe_fn narrow;  // from probe_src_narrow_t raw bits, or null
  probe_fn dbl;     // from a double given as its IEEE-754 bit pattern, or null
};

// Defined in apfixed_probe.cpp.
int probe_register_entry(int idx, const ProbeEntry& e);

template <class T, int FLAGS>
int probe_register(int idx) {
  ProbeEntry e;
  e.wide = (FLAGS & PROBE_WIDE) ? &probe_from_raw<T, probe_src_wide_t> : 0;
  e.narrow = (FLAGS & PROBE_NARROW) ? &probe_from_raw<T, probe_src_narrow_t> : 0;
  e.dbl = (FLAGS & PROBE_DOUBLE) ? &probe_from_double<T> : 0;
  return probe_register_entry(idx, e);
}

#endif  // APFIXED_PROBE_H
