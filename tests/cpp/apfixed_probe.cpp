// main() of the ap_fixed ground-truth probe (see apfixed_probe.h).
//
// Protocol: one request per stdin line, one answer line per request on stdout.
//   <kind> <type index> <n1> <n2> ...
// kind L: n are raw bits of probe_src_lo_t     (value n * 2^-8)
// kind H: n are raw bits of probe_src_hi_t     (value n * 2^-40)
// kind N: n are raw bits of probe_src_narrow_t (value n * 2^-3, n in [-2048, 2047])
// kind D: n are IEEE-754 bit patterns of doubles
// The answer is the integer representation (value * 2^F) of each converted value.
// A line "?" answers with the number of registered types (a liveness check).
#include "apfixed_probe.h"

#include <cstdio>
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
    if (!(in >> kind >> idx)) {
      std::cerr << "bad request: " << line << "\n";
      return 2;
    }
    std::map<int, ProbeEntry>::const_iterator it = probe_registry().find(idx);
    if (it == probe_registry().end()) {
      std::cerr << "unknown type index " << idx << "\n";
      return 2;
    }
    probe_fn f = 0;
    switch (kind) {
      case 'L': f = it->second.lo; break;
      case 'H': f = it->second.hi; break;
      case 'N': f = it->second.narrow; break;
      case 'D': f = it->second.dbl; break;
      default: break;
    }
    if (!f) {
      std::cerr << "conversion kind " << kind << " not built for type " << idx << "\n";
      return 2;
    }
    long long n;
    bool first = true;
    std::ostringstream out;
    while (in >> n) {
      if (!first) out << ' ';
      out << f(n);
      first = false;
    }
    std::cout << out.str() << "\n" << std::flush;
  }
  return 0;
}
