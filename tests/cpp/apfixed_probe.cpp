// main() of the ap_fixed ground-truth probe (see apfixed_probe.h).
//
// Protocol: one request per stdin line, one answer line per request on stdout: the integer
// representations (value * 2^F of the target) of the converted values, space separated.
//   W <type> <from_frac> <v>...      source value v * 2^-from_frac via the WIDE source
//   R <type> <from_frac> <lo> <hi>   the same for every v in lo..hi
//   N <type> <raw>...                NARROW source raw bits (value raw * 2^-3, |raw| < 2048)
//   D <type> <bits>...               doubles given as IEEE-754 bit patterns (int64)
//   ?                                number of registered types (liveness check)
// Bad requests print a message on stderr and exit with status 2.
#include "apfixed_probe.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

static std::map<int, ProbeEntry>& probe_registry() {
  static std::map<int, ProbeEntry> reg;
  return reg;
}

int probe_register_entry(int idx, const ProbeEntry& e) {
  probe_registry()[idx] = e;
  return 0;
}

static void fail(const std::string& msg) {
  std::cerr << "apfixed_probe: " << msg << "\n";
  std::exit(2);
}

// v * 2^(32 - from_frac) as WIDE raw bits, exactly, or fail.
static long long wide_raw(long long v, int from_frac) {
  int sh = PROBE_F_WIDE - from_frac;
  if (sh < 0 || sh > 62) fail("from_frac outside the WIDE source's range");
  __int128 r = (__int128)v * ((__int128)1 << sh);
  if (r < -((__int128)1 << 63) || r >= ((__int128)1 << 63)) fail("value too large for WIDE");
  return (long long)r;
}

int main() {
  std::ios::sync_with_stdio(false);
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.empty()) continue;
    if (line == "?") {
      std::cout << probe_registry().size() << "\n" << std::flush;
      continue;
    }
    std::istringstream in(line);
    char kind;
    int idx;
    if (!(in >> kind >> idx)) fail("bad request: " + line);
    std::map<int, ProbeEntry>::const_iterator it = probe_registry().find(idx);
    if (it == probe_registry().end()) fail("unknown type index");
    const ProbeEntry& e = it->second;
    std::string out;
    out.reserve(1 << 16);
    char buf[32];
    probe_fn f = kind == 'W' || kind == 'R' ? e.wide : kind == 'N' ? e.narrow
               : kind == 'D' ? e.dbl : 0;
    if (!f) fail(std::string("conversion kind ") + kind + " not built for this type");
    bool first = true;
    if (kind == 'R') {
      int ff;
      long long lo, hi;
      if (!(in >> ff >> lo >> hi)) fail("bad range request: " + line);
      for (long long v = lo; v <= hi; ++v) {
        std::snprintf(buf, sizeof buf, first ? "%lld" : " %lld", f(wide_raw(v, ff)));
        out += buf;
        first = false;
      }
    } else {
      int ff = 0;
      if (kind == 'W' && !(in >> ff)) fail("bad request: " + line);
      long long n;
      while (in >> n) {
        if (kind == 'W') n = wide_raw(n, ff);
        if (kind == 'N' && (n < -2048 || n > 2047)) fail("NARROW raw out of range");
        std::snprintf(buf, sizeof buf, first ? "%lld" : " %lld", f(n));
        out += buf;
        first = false;
      }
    }
    out += '\n';
    std::cout << out << std::flush;
  }
  return 0;
}
