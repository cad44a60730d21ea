package terraform

import (
	"fmt"
	"math/big"
	"net"
	"strings"

	"github.com/apparentlymart/go-cidr/cidr"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/gocty"
)

// parseCIDR parses an address prefix as Terraform does. Go's net package
// has refused IPv4 octets with leading zeros since Go 1.17; Terraform keeps
// accepting them, read as decimal ("010.0.0.0/8" is 10.0.0.0/8).
func parseCIDR(s string) (*net.IPNet, error) {
	addr, bits, ok := strings.Cut(s, "/")
	if ok {
		if octets := strings.Split(addr, "."); len(octets) == 4 {
			for i, o := range octets {
				if len(o) > 1 && strings.Trim(o, "0123456789") == "" {
					if o = strings.TrimLeft(o, "0"); o == "" {
						o = "0"
					}
					octets[i] = o
				}
			}
			s = strings.Join(octets, ".") + "/" + bits
		}
	}
	_, network, err := net.ParseCIDR(s)
	if err != nil {
		return nil, fmt.Errorf("invalid CIDR expression: %s", err)
	}
	return network, nil
}

// wholeNumber returns v as a big integer, or an error if it has a fraction.
func wholeNumber(v cty.Value, what string) (*big.Int, error) {
	f := v.AsBigFloat()
	if f.IsInf() || !f.IsInt() {
		return nil, fmt.Errorf("%s must be a whole number", what)
	}
	n, _ := f.Int(nil)
	return n, nil
}

var cidrHostFunc = function.New(&function.Spec{
	Description: "Calculates a full host IP address within a given IP network address prefix; a negative host number counts from the end.",
	Params: []function.Parameter{
		{Name: "prefix", Type: cty.String},
		{Name: "hostnum", Type: cty.Number},
	},
	Type: function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		network, err := parseCIDR(args[0].AsString())
		if err != nil {
			return cty.NilVal, function.NewArgError(0, err)
		}
		num, err := wholeNumber(args[1], "hostnum")
		if err != nil {
			return cty.NilVal, function.NewArgError(1, err)
		}
		ip, err := cidr.HostBig(network, num)
		if err != nil {
			return cty.NilVal, function.NewArgError(1, err)
		}
		return cty.StringVal(ip.String()), nil
	},
})

var cidrNetmaskFunc = function.New(&function.Spec{
	Description: "Converts an IPv4 address prefix given in CIDR notation into a subnet mask address.",
	Params:      []function.Parameter{{Name: "prefix", Type: cty.String}},
	Type:        function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		network, err := parseCIDR(args[0].AsString())
		if err != nil {
			return cty.NilVal, function.NewArgError(0, err)
		}
		if network.IP.To4() == nil {
			return cty.NilVal, function.NewArgErrorf(0, "IPv6 addresses cannot have a netmask: %s", args[0].AsString())
		}
		return cty.StringVal(net.IP(network.Mask).String()), nil
	},
})

var cidrSubnetFunc = function.New(&function.Spec{
	Description: "Calculates a subnet address within a given IP network address prefix.",
	Params: []function.Parameter{
		{Name: "prefix", Type: cty.String},
		{Name: "newbits", Type: cty.Number},
		{Name: "netnum", Type: cty.Number},
	},
	Type: function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		network, err := parseCIDR(args[0].AsString())
		if err != nil {
			return cty.NilVal, function.NewArgError(0, err)
		}
		var newbits int
		if err := gocty.FromCtyValue(args[1], &newbits); err != nil {
			return cty.NilVal, function.NewArgError(1, err)
		}
		if newbits < 0 {
			return cty.NilVal, function.NewArgErrorf(1, "must not be negative")
		}
		// Terraform allows at most 32 new bits in one call, for
		// portability with 32-bit hosts.
		if newbits > 32 {
			return cty.NilVal, function.NewArgErrorf(1, "may not extend prefix by more than 32 bits")
		}
		num, err := wholeNumber(args[2], "netnum")
		if err != nil {
			return cty.NilVal, function.NewArgError(2, err)
		}
		parentLen, addrLen := network.Mask.Size()
		if parentLen+newbits > addrLen {
			return cty.NilVal, function.NewArgErrorf(1, "insufficient address space to extend prefix of %d by %d", parentLen, newbits)
		}
		if num.Sign() < 0 || num.BitLen() > newbits {
			return cty.NilVal, function.NewArgErrorf(2, "prefix extension of %d does not accommodate a subnet numbered %s", newbits, num)
		}
		sub, err := cidr.SubnetBig(network, newbits, num)
		if err != nil {
			return cty.NilVal, err
		}
		return cty.StringVal(sub.String()), nil
	},
})

// cidrSubnetsFunc allocates consecutive subnets of the given extra prefix
// lengths, each aligned to its own size, packed in order from the start of
// the prefix.
var cidrSubnetsFunc = function.New(&function.Spec{
	Description: "Calculates a sequence of consecutive IP address ranges within a particular CIDR prefix.",
	Params:      []function.Parameter{{Name: "prefix", Type: cty.String}},
	VarParam:    &function.Parameter{Name: "newbits", Type: cty.Number},
	Type:        function.StaticReturnType(cty.List(cty.String)),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		network, err := parseCIDR(args[0].AsString())
		if err != nil {
			return cty.NilVal, function.NewArgError(0, err)
		}
		if len(args) == 1 {
			return cty.ListValEmpty(cty.String), nil
		}
		startLen, addrLen := network.Mask.Size()
		out := make([]cty.Value, 0, len(args)-1)
		var current *net.IPNet
		for i, a := range args[1:] {
			var n int
			if err := gocty.FromCtyValue(a, &n); err != nil {
				return cty.NilVal, function.NewArgError(i+1, err)
			}
			if n < 1 {
				return cty.NilVal, function.NewArgErrorf(i+1, "must extend prefix by at least one bit")
			}
			if n > 32 {
				return cty.NilVal, function.NewArgErrorf(i+1, "may not extend prefix by more than 32 bits")
			}
			length := startLen + n
			if length > addrLen {
				return cty.NilVal, function.NewArgErrorf(i+1, "would extend prefix to %d bits, which is too long for an %s address", length, ipFamily(addrLen))
			}
			var next *net.IPNet
			if current == nil {
				next = &net.IPNet{IP: network.IP, Mask: net.CIDRMask(length, addrLen)}
			} else {
				var rollover bool
				next, rollover = cidr.NextSubnet(current, length)
				if rollover || !network.Contains(next.IP) {
					return cty.NilVal, function.NewArgErrorf(i+1, "not enough remaining address space for a subnet with a prefix of %d bits after %s", length, current)
				}
			}
			current = next
			out = append(out, cty.StringVal(current.String()))
		}
		return cty.ListVal(out), nil
	},
})

func ipFamily(bits int) string {
	if bits == 32 {
		return "IPv4"
	}
	return "IPv6"
}
