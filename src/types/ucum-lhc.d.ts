// The few calls of @lhncbc/ucum-lhc we use (the package ships no types).
declare module '@lhncbc/ucum-lhc' {
    interface ValidationResult {
        status: 'valid' | 'invalid' | 'error';
        ucumCode: string | null;
        msg: string[];
        suggestions?: Array<{ msg: string; invalidUnit: string; units: Array<[string, string, string?]> }>;
    }
    interface ConversionResult {
        status: 'succeeded' | 'failed' | 'error';
        toVal: number | null;
        msg: string[];
    }
    interface UcumLhcUtils {
        validateUnitString(unit: string, suggest?: boolean): ValidationResult;
        convertUnitTo(from: string, value: number, to: string, options?: { molecularWeight?: number }): ConversionResult;
    }
    const ucum: { UcumLhcUtils: { getInstance(): UcumLhcUtils } };
    export default ucum;
}
