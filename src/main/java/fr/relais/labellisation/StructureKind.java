package fr.relais.labellisation;

/** A structure receives in fixed premises or travels (a "bus" or itinerant stops). */
public enum StructureKind {
  FIXED,
  ITINERANT
}
