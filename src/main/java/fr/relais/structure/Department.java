package fr.relais.structure;

public record Department(String code, String name) {}
