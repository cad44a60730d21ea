package arm

import (
	"math/big"
	"net/netip"
)

// CIDR functions. IPv4 ranges reserve their network and broadcast
// addresses, so the first usable host is network+1; IPv6 ranges have no
// broadcast and every address is usable, as the ARM docs show.

func cidrArg(c *callCtx, v any) (netip.Prefix, error) {
	s, err := stringArg(c, v, 1)
	if err != nil {
		return netip.Prefix{}, err
	}
	p, err := netip.ParsePrefix(s)
	if err != nil {
		return netip.Prefix{}, c.errorf("%q is not a range in CIDR notation", s)
	}
	return p.Masked(), nil
}

// addrInt and intAddr convert between addresses and integers so that
// offsets work the same for IPv4 and IPv6.
func addrInt(a netip.Addr) *big.Int { return new(big.Int).SetBytes(a.AsSlice()) }

func intAddr(n *big.Int, v4 bool) netip.Addr {
	size := 16
	if v4 {
		size = 4
	}
	b := n.FillBytes(make([]byte, size))
	a, _ := netip.AddrFromSlice(b)
	return a
}

func lastAddr(p netip.Prefix) netip.Addr {
	bitsTotal := p.Addr().BitLen()
	hostBits := uint(bitsTotal - p.Bits())
	span := new(big.Int).Lsh(big.NewInt(1), hostBits)
	span.Sub(span, big.NewInt(1))
	return intAddr(new(big.Int).Add(addrInt(p.Addr()), span), p.Addr().Is4())
}

func maskAddr(p netip.Prefix) netip.Addr {
	bitsTotal := p.Addr().BitLen()
	ones := new(big.Int).Lsh(big.NewInt(1), uint(p.Bits()))
	ones.Sub(ones, big.NewInt(1))
	ones.Lsh(ones, uint(bitsTotal-p.Bits()))
	return intAddr(ones, p.Addr().Is4())
}

func offsetAddr(a netip.Addr, off int64) netip.Addr {
	return intAddr(new(big.Int).Add(addrInt(a), big.NewInt(off)), a.Is4())
}

func fnParseCidr(c *callCtx, args []any) (any, error) {
	p, err := cidrArg(c, args[0])
	if err != nil {
		return nil, err
	}
	network, last := p.Addr(), lastAddr(p)
	out := map[string]any{
		"network": network.String(),
		"netmask": maskAddr(p).String(),
		"cidr":    p.Bits(),
	}
	first, lastUsable := network, last
	if network.Is4() {
		out["broadcast"] = last.String()
		// /31 and /32 have no room for reserved addresses.
		if p.Bits() < 31 {
			first, lastUsable = offsetAddr(network, 1), offsetAddr(last, -1)
		}
	}
	out["firstUsable"] = first.String()
	out["lastUsable"] = lastUsable.String()
	return out, nil
}

func fnCidrSubnet(c *callCtx, args []any) (any, error) {
	p, err := cidrArg(c, args[0])
	if err != nil {
		return nil, err
	}
	newBits, err := intArg(c, args[1], 2)
	if err != nil {
		return nil, err
	}
	index, err := intArg(c, args[2], 3)
	if err != nil {
		return nil, err
	}
	if newBits < p.Bits() || newBits > p.Addr().BitLen() {
		return nil, c.errorf("the new CIDR %d must be between %d and %d", newBits, p.Bits(), p.Addr().BitLen())
	}
	count := new(big.Int).Lsh(big.NewInt(1), uint(newBits-p.Bits()))
	if index < 0 || big.NewInt(int64(index)).Cmp(count) >= 0 {
		return nil, c.errorf("subnet index %d is out of range; the range has %s subnets of /%d", index, count, newBits)
	}
	start := new(big.Int).Lsh(big.NewInt(int64(index)), uint(p.Addr().BitLen()-newBits))
	start.Add(start, addrInt(p.Addr()))
	return netip.PrefixFrom(intAddr(start, p.Addr().Is4()), newBits).String(), nil
}

func fnCidrHost(c *callCtx, args []any) (any, error) {
	p, err := cidrArg(c, args[0])
	if err != nil {
		return nil, err
	}
	index, err := intArg(c, args[1], 2)
	if err != nil {
		return nil, err
	}
	first := p.Addr()
	if first.Is4() && p.Bits() < 31 {
		first = offsetAddr(first, 1)
	}
	host := offsetAddr(first, int64(index))
	if index < 0 || !p.Contains(host) || (p.Addr().Is4() && p.Bits() < 31 && host == lastAddr(p)) {
		return nil, c.errorf("host index %d is out of range for %s", index, p)
	}
	return host.String(), nil
}
