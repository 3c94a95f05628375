package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.Value;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cidrhost}, {@code cidrnetmask}, {@code cidrsubnet} and {@code cidrsubnets} for IPv4 and IPv6, with the
 * checks Terraform makes (a subnet number that does not fit the new bits, a host number outside the network).
 * VPC layouts are computed with these, so their answers must be exact.
 */
final class NetworkFunctions {
    private NetworkFunctions() {
    }

    static List<FunctionSpec> specs() {
        return List.of(
                FunctionSpec.of("cidrhost", NetworkFunctions::cidrHost, "prefix", "hostnum"),
                FunctionSpec.of("cidrnetmask", NetworkFunctions::cidrNetmask, "prefix"),
                FunctionSpec.of("cidrsubnet", NetworkFunctions::cidrSubnet, "prefix", "newbits", "netnum"),
                FunctionSpec.of("cidrsubnets", NetworkFunctions::cidrSubnets, "prefix", "newbits").repeatingLast());
    }

    private static IpNetwork network(Arguments a) {
        String text = a.string(0);
        return IpNetwork.parse(text).orElseThrow(() -> a.invalid(0, "invalid CIDR address: " + text));
    }

    private static BigInteger whole(Arguments a, int index) {
        try {
            return a.number(index).toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw a.invalid(index, "value must be a whole number");
        }
    }

    private static Value cidrHost(Arguments a) {
        IpNetwork network = network(a);
        BigInteger host = whole(a, 1);
        BigInteger size = network.size();
        BigInteger offset = host.signum() < 0 ? size.add(host) : host;
        if (offset.signum() < 0 || offset.compareTo(size) >= 0) {
            throw a.failed("prefix of " + network.prefix() + " does not accommodate a host numbered " + host);
        }
        return Value.of(network.address(network.base().add(offset)));
    }

    private static Value cidrNetmask(Arguments a) {
        IpNetwork network = network(a);
        if (network.bits() != 32) throw a.failed("IPv6 addresses cannot have a netmask: " + a.string(0));
        return Value.of(network.address(IpNetwork.mask(network.prefix(), 32)));
    }

    private static Value cidrSubnet(Arguments a) {
        IpNetwork network = network(a);
        int newBits = a.integer(1);
        BigInteger number = whole(a, 2);
        int length = network.prefix() + newBits;
        if (length < 0) throw a.failed("insufficient address space to extend prefix of " + network.prefix() + " by " + newBits);
        if (length > network.bits()) {
            throw a.failed("insufficient address space to extend prefix of " + network.prefix() + " by " + newBits);
        }
        // A negative newbits shortens the prefix (Terraform accepts it); only subnet 0 then exists.
        BigInteger subnets = newBits < 0 ? BigInteger.ONE : BigInteger.ONE.shiftLeft(newBits);
        if (number.signum() < 0 || number.compareTo(subnets) >= 0) {
            throw a.failed("prefix extension of " + newBits + " does not accommodate a subnet numbered " + number);
        }
        BigInteger base = network.base().and(IpNetwork.mask(length, network.bits())).add(number.shiftLeft(network.bits() - length));
        return Value.of(new IpNetwork(base, length, network.bits()).toString());
    }

    /**
     * Allocates consecutive subnets in order, each aligned to its own size, as Terraform does: a smaller subnet
     * after a larger one starts right after it; a larger one after a smaller one skips to its next boundary.
     */
    private static Value cidrSubnets(Arguments a) {
        IpNetwork network = network(a);
        List<Value> out = new ArrayList<>();
        BigInteger next = network.base();
        BigInteger end = network.base().add(network.size());
        for (int i = 1; i < a.size(); i++) {
            int newBits = a.integer(i);
            if (newBits < 1) throw a.invalid(i, "must extend prefix by at least one bit");
            int length = network.prefix() + newBits;
            if (length > network.bits()) {
                throw a.invalid(i, "would extend prefix to " + length + " bits, which is too long for an IPv"
                        + (network.bits() == 32 ? 4 : 6) + " address");
            }
            BigInteger size = BigInteger.ONE.shiftLeft(network.bits() - length);
            BigInteger start = next.add(size).subtract(BigInteger.ONE).divide(size).multiply(size);
            // Terraform finds the first subnet by stepping back from the base address and forward again; from
            // address zero the step back wraps around and it reports no space left. Same answer here.
            if (start.add(size).compareTo(end) > 0 || start.signum() == 0 && out.isEmpty()) {
                String after = out.isEmpty() ? "the start of the network" : out.get(out.size() - 1).string().orElse("");
                throw a.invalid(i, "not enough remaining address space for a subnet with a prefix of " + length
                        + " bits after " + after);
            }
            out.add(Value.of(new IpNetwork(start, length, network.bits()).toString()));
            next = start.add(size);
        }
        return Value.list(out);
    }
}
