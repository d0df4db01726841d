package fr.relais.structure;

public record Operator(String code, String name) {}
