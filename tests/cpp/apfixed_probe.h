// Ground-truth probe for ap_fixed conversions, built from hls4ml's own ap_types headers.
//
// Used by tests/test_apfixed_groundtruth.py, which generates one or more "part" sources that
// include this header and register every target type under test, e.g.
//
//     #include "apfixed_probe.h"
//     static int r7 = probe_register<ap_fixed<8, 3, AP_RND_CONV, AP_SAT>, true>(7);
//
// and links them with apfixed_probe.cpp (main: the stdin/stdout protocol).
//
// Conversions are done the way hls4ml's generated code does them: copy-initialisation of the
// target type from the source value (the converting constructor, which runs
// ap_fixed_base::operator= and then report()).
#ifndef APFIXED_PROBE_H
#define APFIXED_PROBE_H

#include <ap_fixed.h>

#include <cstdint>
#include <cstring>

// Wide sources: value = raw * 2^-F2. WIDE_LO covers from_frac <= 8 (so targets with more
// fraction bits go through the header's left-shift path), WIDE_HI covers from_frac 9..40.
// NARROW is a deliberately tight source (12 bits, 3 fraction bits) for checking that the
// result does not depend on the source width.
typedef ap_fixed<64, 64 - 8> probe_src_lo_t;
typedef ap_fixed<64, 64 - 40> probe_src_hi_t;
typedef ap_fixed<12, 12 - 3> probe_src_narrow_t;
static const int PROBE_F_LO = 8;
static const int PROBE_F_HI = 40;
static const int PROBE_F_NARROW = 3;

// Integer representation (value * 2^F) of any target of width <= 64.
template <class T>
inline long long probe_bits(const T& t) {
  return (long long)t.V.to_int64();
}

template <class T, class S>
long long probe_from_raw(long long raw) {
  S s;
  s.V = raw;  // raw bits; exact
  T t = s;    // the conversion under test
  return probe_bits(t);
}

template <class T>
long long probe_from_double(long long bits) {
  double d;
  std::memcpy(&d, &bits, sizeof d);
  T t = d;
  return probe_bits(t);
}

typedef long long (*probe_fn)(long long);

struct ProbeEntry {
  probe_fn lo;      // from probe_src_lo_t raw bits
  probe_fn hi;      // from probe_src_hi_t raw bits
  probe_fn narrow;  // from probe_src_narrow_t raw bits (may be null)
  probe_fn dbl;     // from a double given as its IEEE-754 bit pattern
};

// Defined in apfixed_probe.cpp.
int probe_register_entry(int idx, const ProbeEntry& e);

template <class T, bool WITH_NARROW>
int probe_register(int idx) {
  ProbeEntry e;
  e.lo = &probe_from_raw<T, probe_src_lo_t>;
  e.hi = &probe_from_raw<T, probe_src_hi_t>;
  e.narrow = WITH_NARROW ? &probe_from_raw<T, probe_src_narrow_t> : 0;
  e.dbl = &probe_from_double<T>;
  return probe_register_entry(idx, e);
}

#endif  // APFIXED_PROBE_H
