/** Prints the Vector API's preferred vector width in bits, so that .ci/run can check -XX:MaxVectorSize took effect. */
void main() {
    IO.println(jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.vectorBitSize());
}
