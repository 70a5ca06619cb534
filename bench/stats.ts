/** Medians and spread of repeated measurements. */

export interface Spread {
    median: number;
    min: number;
    max: number;
    p25: number;
    p75: number;
    n: number;
}

/** The q-quantile (0…1) by linear interpolation between the sorted samples. */
export function quantile(samples: number[], q: number): number {
    const sorted = [...samples].sort((a, b) => a - b);
    const at = (sorted.length - 1) * q;
    const lo = Math.floor(at);
    const hi = Math.ceil(at);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export function spread(samples: number[], digits = 2): Spread {
    const r = (x: number) => Number(x.toFixed(digits));
    return {
        median: r(quantile(samples, 0.5)), min: r(Math.min(...samples)), max: r(Math.max(...samples)),
        p25: r(quantile(samples, 0.25)), p75: r(quantile(samples, 0.75)), n: samples.length
    };
}

/** Wall-clock and CPU time (this process, all threads) of one run, in ms. */
export interface Timing { wall: number; cpu: number }

export async function measure(run: () => unknown): Promise<Timing> {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await run();
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    return { wall, cpu: (used.user + used.system) / 1000 };
}
